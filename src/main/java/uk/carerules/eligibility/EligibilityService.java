package uk.carerules.eligibility;

import jakarta.inject.Singleton;
import uk.carerules.decisions.DecisionDraft;
import uk.carerules.decisions.DecisionKind;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.Supersession;
import uk.carerules.decisions.DecisionLedger;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCatalog;
import uk.carerules.rules.RulesetKind;
import uk.carerules.web.AssessmentDates;
import uk.carerules.web.BadRequestException;
import uk.carerules.web.FieldError;
import uk.carerules.web.UnprocessableException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Decides eligibility under the law in force on the assessment date, and stores the decision. */
@Singleton
public class EligibilityService {

    private final RulesetCatalog catalog;
    private final EligibilityEngine engine;
    private final DecisionLedger ledger;
    private final AssessmentDates dates;
    private final Supersession supersession;

    public EligibilityService(RulesetCatalog catalog, EligibilityEngine engine, DecisionLedger ledger,
                              AssessmentDates dates, Supersession supersession) {
        this.catalog = catalog;
        this.engine = engine;
        this.ledger = ledger;
        this.dates = dates;
        this.supersession = supersession;
    }

    public EligibilityDecision decide(EligibilityRequest request, String user) {
        checkOneAssessment(request);
        dates.check(request.assessmentDate(), "assessmentDate");
        Regime regime = EligibilityEngine.regimeOf(request);
        Ruleset ruleset = rulesetFor(regime, request);
        supersession.check(request.supersedes(), DecisionKind.ELIGIBILITY, request.personRef());
        EligibilityEngine.Decided decided = engine.decide(request, catalog.kieBase(ruleset));
        EligibilityResult result = decided.result();
        DecisionRecord stored = ledger.append(new DecisionDraft(DecisionKind.ELIGIBILITY, request.personRef(),
            request.assessmentDate(), regime.name(), result.outcome(),
            request.clientGroup() == null ? null : request.clientGroup().name(), ruleset, null, null, request.supersedes(),
            request, result, decided.evaluation().reasons(), decided.evaluation().firedRules()), user);
        return new EligibilityDecision(stored.id(), stored.kind(), request.personRef(), request.assessmentDate(), regime,
            result.band(), result.threshold(), result.eligible(), result.outcomesNotAchieved(),
            decided.evaluation().reasons(), decided.evaluation().firedRules(), ruleset.name(), ruleset.hash(),
            stored.decidedBy(), stored.decidedAt(), stored.supersedes());
    }

    private Ruleset rulesetFor(Regime regime, EligibilityRequest request) {
        Ruleset ruleset = catalog.inForce(RulesetKind.ELIGIBILITY, request.assessmentDate()).orElseThrow(() ->
            new UnprocessableException("assessmentDate", "No eligibility rules are in force on " + request.assessmentDate()
                + ". Eligibility rules cover: " + catalog.ofKind(RulesetKind.ELIGIBILITY).stream()
                .map(r -> r.name() + " " + r.manifest().period()).collect(Collectors.joining("; "))));
        List<String> regimes = ruleset.manifest().regimes();
        if (!regimes.contains(regime.name())) {
            String needed = regimes.stream().map(Regime::valueOf)
                .map(r -> "'" + r.field() + "' (" + r.title() + ")").collect(Collectors.joining(" or "));
            throw new UnprocessableException(regime.field(), "An assessment dated " + request.assessmentDate()
                + " is decided under " + ruleset.manifest().title() + " (in force " + ruleset.manifest().period()
                + "), so it needs " + needed + ", not '" + regime.field() + "' (" + regime.title() + ").");
        }
        return ruleset;
    }

    private static void checkOneAssessment(EligibilityRequest request) {
        List<String> given = new ArrayList<>();
        if (request.facs() != null) {
            given.add("facs");
        }
        if (request.careAct() != null) {
            given.add("careAct");
        }
        if (request.carer() != null) {
            given.add("carer");
        }
        if (given.size() != 1) {
            String message = given.isEmpty()
                ? "one assessment is required: exactly one of facs, careAct, carer"
                : "only one assessment may be sent, but " + String.join(" and ", given) + " were; exactly one of facs, careAct, carer";
            List<FieldError> errors = given.isEmpty()
                ? List.of(new FieldError("facs|careAct|carer", message))
                : given.stream().map(f -> new FieldError(f, message)).toList();
            throw new BadRequestException("The request must carry exactly one assessment: facs, careAct or carer", errors);
        }
    }
}
