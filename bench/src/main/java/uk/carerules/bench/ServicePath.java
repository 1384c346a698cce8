package uk.carerules.bench;

import org.kie.api.KieBase;
import uk.carerules.allocation.AllocationEngine;
import uk.carerules.allocation.AllocationRequest;
import uk.carerules.allocation.AllocationResult;
import uk.carerules.allocation.Questionnaire;
import uk.carerules.allocation.Questionnaires;
import uk.carerules.eligibility.EligibilityEngine;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityResult;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCompiler;
import uk.carerules.rules.RulesetKind;
import uk.carerules.rules.RulesetLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * (a) The service's own decision path, without HTTP or a database: the live rulesets read from
 * {@code rules/} by the service's RulesetLoader and compiled once each by its RulesetCompiler, the ruleset in
 * force chosen by assessment date (as RulesetCatalog.inForce does), then EligibilityEngine or AllocationEngine
 * (Evaluation: one Drools session per decision, with its reasons and the rules fired), as EligibilityService and
 * AllocationService call them before storing. (RulesetCatalog itself is not used: it is a bean whose constructor
 * also runs the validator, and its lookups are these two lines.)
 */
public final class ServicePath {

    private final List<Ruleset> rulesets;
    private final RulesetCompiler compiler = new RulesetCompiler();
    private final EligibilityEngine eligibility = new EligibilityEngine();
    private final AllocationEngine allocation = new AllocationEngine();
    private final Questionnaires questionnaires = new Questionnaires();

    public ServicePath(Path rulesDir) {
        this.rulesets = List.copyOf(RulesetLoader.loadAll(rulesDir.toAbsolutePath().normalize()));
        rulesets.forEach(compiler::compile);
    }

    private Ruleset inForce(RulesetKind kind, LocalDate date) {
        return rulesets.stream().filter(r -> r.kind() == kind && r.manifest().inForceOn(date)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No " + kind + " rules in force on " + date));
    }

    /** The rules directory: -Dbench.rules=..., else ../rules when run from bench/, else ./rules. */
    public static Path rulesDir() {
        String configured = System.getProperty("bench.rules");
        if (configured != null) {
            return Path.of(configured);
        }
        return Files.isDirectory(Path.of("../rules/eligibility")) ? Path.of("../rules") : Path.of("rules");
    }

    public EligibilityEngine.Decided decideEligibility(EligibilityRequest request) {
        Ruleset ruleset = inForce(RulesetKind.ELIGIBILITY, request.assessmentDate());
        return eligibility.decide(request, compiler.compile(ruleset));
    }

    public EligibilityResult eligibility(EligibilityRequest request) {
        return decideEligibility(request).result();
    }

    public AllocationEngine.Decided<AllocationResult> decideAllocation(AllocationRequest request) {
        Ruleset ruleset = inForce(RulesetKind.ALLOCATION, request.assessmentDate());
        KieBase rules = compiler.compile(ruleset);
        Questionnaire questionnaire = questionnaires.of(ruleset, rules);
        return allocation.allocate(request, questionnaire, rules);
    }

    public Ras allocation(AllocationRequest request) {
        AllocationResult r = decideAllocation(request).result();
        return new Ras(r.totalPoints(), r.weeklyIndicativeBudget(), r.annualIndicativeBudget(), r.panel().required());
    }
}
