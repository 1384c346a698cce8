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
import uk.carerules.rules.RulesConfiguration;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCatalog;
import uk.carerules.rules.RulesetCompiler;
import uk.carerules.rules.RulesetKind;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * (a) The service's own decision path, without HTTP or a database: the live rulesets read from
 * {@code rules/} and compiled by the service's RulesetCatalog and RulesetCompiler, the ruleset in force
 * chosen by assessment date, then EligibilityEngine or AllocationEngine (Evaluation: one Drools session
 * per decision, with its reasons and the rules fired), exactly as EligibilityService and AllocationService
 * call them before storing.
 */
public final class ServicePath {

    private final RulesetCatalog catalog;
    private final EligibilityEngine eligibility = new EligibilityEngine();
    private final AllocationEngine allocation = new AllocationEngine();
    private final Questionnaires questionnaires = new Questionnaires();

    public ServicePath(Path rulesDir) {
        RulesConfiguration configuration = new RulesConfiguration();
        configuration.setDir(rulesDir.toString());
        this.catalog = new RulesetCatalog(configuration, new RulesetCompiler());
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
        Ruleset ruleset = catalog.inForce(RulesetKind.ELIGIBILITY, request.assessmentDate()).orElseThrow();
        return eligibility.decide(request, catalog.kieBase(ruleset));
    }

    public EligibilityResult eligibility(EligibilityRequest request) {
        return decideEligibility(request).result();
    }

    public AllocationEngine.Decided<AllocationResult> decideAllocation(AllocationRequest request) {
        Ruleset ruleset = catalog.inForce(RulesetKind.ALLOCATION, request.assessmentDate()).orElseThrow();
        KieBase rules = catalog.kieBase(ruleset);
        Questionnaire questionnaire = questionnaires.of(ruleset, rules);
        return allocation.allocate(request, questionnaire, rules);
    }

    public Ras allocation(AllocationRequest request) {
        AllocationResult r = decideAllocation(request).result();
        return new Ras(r.totalPoints(), r.weeklyIndicativeBudget(), r.annualIndicativeBudget(), r.panel().required());
    }
}
