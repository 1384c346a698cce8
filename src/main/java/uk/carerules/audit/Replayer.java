package uk.carerules.audit;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import uk.carerules.allocation.AllocationEngine;
import uk.carerules.allocation.AllocationRequest;
import uk.carerules.allocation.Questionnaires;
import uk.carerules.allocation.SupportPlanInput;
import uk.carerules.decisions.CanonicalJson;
import uk.carerules.decisions.DecisionKind;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.StoredRulesets;
import uk.carerules.eligibility.EligibilityEngine;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.rules.Evaluation;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCompiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs a stored decision: its stored inputs, under the ruleset text stored with it (never the
 * files in {@code rules/} today), and compares what comes out with what was stored, field by field.
 */
@Singleton
public class Replayer {

    private final StoredRulesets rulesets;
    private final RulesetCompiler compiler;
    private final EligibilityEngine eligibility;
    private final AllocationEngine allocation;
    private final CanonicalJson json;
    private final Questionnaires questionnaires;
    private final JsonMapper mapper;

    public Replayer(StoredRulesets rulesets, RulesetCompiler compiler, EligibilityEngine eligibility, AllocationEngine allocation,
                    CanonicalJson json, JsonMapper mapper, Questionnaires questionnaires) {
        this.rulesets = rulesets;
        this.compiler = compiler;
        this.eligibility = eligibility;
        this.allocation = allocation;
        this.json = json;
        this.mapper = mapper;
        this.questionnaires = questionnaires;
    }

    /**
     * Rebuilds and compiles a stored ruleset ahead of the decisions made under it. A ruleset that cannot be rebuilt
     * is left for {@link #replay} to report against each of those decisions.
     */
    void prepare(String rulesetHash) {
        if (rulesetHash == null) {
            return;
        }
        try {
            compiler.compile(rulesets.ruleset(rulesetHash));
        } catch (RuntimeException e) {
            // reported per decision by replay()
        }
    }

    public ReplayResult replay(DecisionRecord decision) {
        if (decision.rulesetHash() == null) {
            return new ReplayResult(decision.id(), decision.kind(), null, false, true, List.of(),
                "A " + decision.kind() + " is a decision people made and recorded, not one the rules made: there is nothing to re-run. "
                    + "Its record is covered by the tamper-evident chain.");
        }
        Ruleset ruleset = rulesets.ruleset(decision.rulesetHash());
        KieBase rules = compiler.compile(ruleset);
        Object output;
        Evaluation run;
        switch (DecisionKind.valueOf(decision.kind())) {
            case ELIGIBILITY -> {
                EligibilityEngine.Decided d = eligibility.decide(json.read(decision.input(), EligibilityRequest.class), rules);
                output = d.result();
                run = d.evaluation();
            }
            case ALLOCATION -> {
                AllocationRequest request = json.read(decision.input(), AllocationRequest.class);
                AllocationEngine.Decided<?> d = allocation.allocate(request, questionnaires.of(ruleset, rules), rules);
                output = d.result();
                run = d.evaluation();
            }
            case CARER_ALLOCATION -> {
                AllocationEngine.Decided<?> d = allocation.carer(rules);
                output = d.result();
                run = d.evaluation();
            }
            case SUPPORT_PLAN -> {
                AllocationEngine.Decided<?> d = allocation.supportPlan(json.read(decision.input(), SupportPlanInput.class), rules);
                output = d.result();
                run = d.evaluation();
            }
            default -> throw new IllegalStateException("No replay for " + decision.kind());
        }
        List<JsonDiff.Change> changes = new ArrayList<>();
        changes.addAll(compare("output", decision.output(), output));
        changes.addAll(compare("reasons", decision.reasons(), run.reasons()));
        changes.addAll(compare("rulesFired", decision.firedRules(), run.firedRules()));
        List<Difference> differences = changes.stream()
            .map(c -> new Difference(c.path(), node(c.stored()), node(c.replayed())))
            .toList();
        return new ReplayResult(decision.id(), decision.kind(), decision.rulesetHash(), true, differences.isEmpty(), differences,
            "Re-run under the stored text of " + ruleset.name() + " (" + ruleset.hash() + ").");
    }

    /**
     * What was stored against what came out now. Stored JSON is canonical text, so the same text is the same
     * tree and there is nothing to walk (the usual case, and most of the cost of a replay); any other text,
     * an older stored form included, is parsed and compared field by field.
     */
    private List<JsonDiff.Change> compare(String field, String stored, Object replayed) {
        String text = json.write(replayed);
        if (text.equals(stored)) {
            return List.of();
        }
        return JsonDiff.compare(field, CanonicalJson.tree(stored), CanonicalJson.tree(text));
    }

    private io.micronaut.json.tree.JsonNode node(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return mapper.readValue(node.toString(), io.micronaut.json.tree.JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
