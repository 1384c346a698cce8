package uk.carerules.decisions;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import uk.carerules.rules.Reason;
import uk.carerules.web.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads stored decisions back for people: the record made readable, with what superseded it. */
@Singleton
public class DecisionReader {

    private final DecisionRepository decisions;
    private final RulesetVersionRepository versions;
    private final JsonMapper json;
    private final Map<String, String> versionNames = new ConcurrentHashMap<>();

    public DecisionReader(DecisionRepository decisions, RulesetVersionRepository versions, JsonMapper json) {
        this.decisions = decisions;
        this.versions = versions;
        this.json = json;
    }

    public DecisionRecord record(String id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
    }

    public DecisionView view(String id) {
        return view(record(id));
    }

    public DecisionView view(DecisionRecord d) {
        String supersededBy = decisions.findBySupersedes(d.id()).map(DecisionRecord::id).orElse(null);
        String rulesetName = d.rulesetHash() == null ? null : versionNames.computeIfAbsent(d.rulesetHash(),
            h -> versions.findById(h).map(RulesetVersionRecord::name).orElse(null));
        return new DecisionView(d.id(), d.seq(), d.kind(), d.personRef(), d.assessmentDate(), d.regime(), d.outcome(),
            d.clientGroup(), d.rulesetHash(), rulesetName, d.relatedDecisionId(), d.supersedes(), supersededBy,
            tree(d.input()), tree(d.output()), reasons(d.reasons()), rules(d.firedRules()), d.decidedBy(), d.decidedAt(),
            d.previousHash(), d.recordHash());
    }

    public List<Reason> reasons(String text) {
        try {
            return json.readValue(text, Argument.listOf(Reason.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> rules(String text) {
        try {
            return json.readValue(text, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
