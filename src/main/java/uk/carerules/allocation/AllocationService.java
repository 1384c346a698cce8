package uk.carerules.allocation;

import jakarta.inject.Singleton;
import uk.carerules.decisions.CanonicalJson;
import uk.carerules.decisions.DecisionDraft;
import uk.carerules.decisions.DecisionKind;
import uk.carerules.decisions.DecisionLedger;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.decisions.StoredRulesets;
import uk.carerules.decisions.Supersession;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCatalog;
import uk.carerules.rules.RulesetKind;
import uk.carerules.web.AssessmentDates;
import uk.carerules.web.BadRequestException;
import uk.carerules.web.FieldError;
import uk.carerules.web.NotFoundException;
import uk.carerules.web.StrictJson;
import uk.carerules.web.UnprocessableException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The RAS: questionnaire in force, indicative budgets, carers' budgets, support plans and panel decisions. */
@Singleton
public class AllocationService {

    private final RulesetCatalog catalog;
    private final Questionnaires questionnaires;
    private final AllocationEngine engine;
    private final DecisionLedger ledger;
    private final DecisionRepository decisions;
    private final EligibleNeeds eligibleNeeds;
    private final AssessmentDates dates;
    private final Supersession supersession;
    private final CanonicalJson json;
    private final StoredRulesets storedRulesets;

    public AllocationService(RulesetCatalog catalog, Questionnaires questionnaires, AllocationEngine engine, DecisionLedger ledger,
                             DecisionRepository decisions, EligibleNeeds eligibleNeeds, AssessmentDates dates,
                             Supersession supersession, CanonicalJson json, StoredRulesets storedRulesets) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.engine = engine;
        this.ledger = ledger;
        this.decisions = decisions;
        this.eligibleNeeds = eligibleNeeds;
        this.dates = dates;
        this.supersession = supersession;
        this.json = json;
        this.storedRulesets = storedRulesets;
    }

    public Questionnaire questionnaire(LocalDate date) {
        Ruleset ruleset = rulesetFor(date, "date");
        return questionnaires.of(ruleset, catalog.kieBase(ruleset));
    }

    public AllocationDecision allocate(AllocationRequest request, String user) {
        dates.check(request.assessmentDate(), "assessmentDate");
        Ruleset ruleset = rulesetFor(request.assessmentDate(), "assessmentDate");
        Questionnaire questionnaire = questionnaires.of(ruleset, catalog.kieBase(ruleset));
        checkAnswers(request, questionnaire);
        eligibleNeeds.require(request.eligibilityDecisionId(), request.personRef(), request.assessmentDate(), false);
        supersession.check(request.supersedes(), DecisionKind.ALLOCATION, request.personRef());
        AllocationEngine.Decided<AllocationResult> decided = engine.allocate(request, questionnaire, catalog.kieBase(ruleset));
        AllocationResult r = decided.result();
        DecisionRecord stored = ledger.append(new DecisionDraft(DecisionKind.ALLOCATION, request.personRef(), request.assessmentDate(),
            null, r.outcome(), request.clientGroup() == null ? null : request.clientGroup().name(), ruleset, null,
            request.eligibilityDecisionId(), request.supersedes(), request, r, decided.evaluation().reasons(),
            decided.evaluation().firedRules()), user);
        return new AllocationDecision(stored.id(), stored.kind(), request.personRef(), request.assessmentDate(),
            request.eligibilityDecisionId(), r.financialYear(), r.exampleFigures(), r.totalPoints(), r.domainPoints(), r.answers(),
            r.method(), r.pricePerPoint(), r.band(), r.baseWeekly(), r.adjustments(), r.weeklyIndicativeBudget(),
            r.annualIndicativeBudget(), r.panel(), decided.evaluation().reasons(), decided.evaluation().firedRules(), ruleset.name(),
            ruleset.hash(), stored.decidedBy(), stored.decidedAt(), stored.supersedes());
    }

    public CarerAllocationDecision allocateForCarer(CarerAllocationRequest request, String user) {
        dates.check(request.assessmentDate(), "assessmentDate");
        Ruleset ruleset = rulesetFor(request.assessmentDate(), "assessmentDate");
        eligibleNeeds.require(request.eligibilityDecisionId(), request.personRef(), request.assessmentDate(), true);
        supersession.check(request.supersedes(), DecisionKind.CARER_ALLOCATION, request.personRef());
        AllocationEngine.Decided<CarerAllocationResult> decided = engine.carer(catalog.kieBase(ruleset));
        CarerAllocationResult r = decided.result();
        DecisionRecord stored = ledger.append(new DecisionDraft(DecisionKind.CARER_ALLOCATION, request.personRef(),
            request.assessmentDate(), null, "CARER_BUDGET", "CARERS", ruleset, null, request.eligibilityDecisionId(),
            request.supersedes(), request, r, decided.evaluation().reasons(), decided.evaluation().firedRules()), user);
        return new CarerAllocationDecision(stored.id(), stored.kind(), request.personRef(), request.assessmentDate(),
            request.eligibilityDecisionId(), r.amount(), r.frequency(), r.scheme(), decided.evaluation().reasons(),
            decided.evaluation().firedRules(), ruleset.name(), ruleset.hash(), stored.decidedBy(), stored.decidedAt(), stored.supersedes());
    }

    public SupportPlanDecision checkSupportPlan(String allocationId, SupportPlanRequest plan, String user) {
        checkRoutes(plan);
        DecisionRecord allocation = currentAllocation(allocationId);
        AllocationResult indicative = json.read(allocation.output(), AllocationResult.class);
        supersession.check(plan.supersedes(), DecisionKind.SUPPORT_PLAN, allocation.personRef());
        // The plan is checked by the ruleset version that set the indicative budget, so that its tolerance and
        // thresholds are the ones the person was told about, even after that year's files have changed or gone.
        Ruleset ruleset = storedRulesets.ruleset(allocation.rulesetHash());
        SupportPlanInput input = new SupportPlanInput(plan, indicative.weeklyIndicativeBudget(), indicative.panel().required());
        AllocationEngine.Decided<SupportPlanResult> decided = engine.supportPlan(input, catalog.kieBase(ruleset));
        SupportPlanResult r = decided.result();
        DecisionRecord stored = ledger.append(new DecisionDraft(DecisionKind.SUPPORT_PLAN, allocation.personRef(),
            allocation.assessmentDate(), null, r.outcome(), allocation.clientGroup(), ruleset, null, allocationId, plan.supersedes(),
            input, r, decided.evaluation().reasons(), decided.evaluation().firedRules()), user);
        return new SupportPlanDecision(stored.id(), stored.kind(), allocationId, allocation.personRef(), r.lines(), r.weeklyCostByRoute(),
            r.weeklyCost(), r.indicativeWeekly(), r.variance(), r.toleranceWeekly(), r.withinTolerance(), r.panel(),
            decided.evaluation().reasons(), decided.evaluation().firedRules(), ruleset.name(), ruleset.hash(), stored.decidedBy(),
            stored.decidedAt(), stored.supersedes());
    }

    public PanelDecisionView recordPanelDecision(String allocationId, PanelDecisionRequest request, String user) {
        if (request.decision() == PanelOutcome.ADJUSTED && request.agreedWeekly() == null) {
            throw BadRequestException.field("agreedWeekly", "an ADJUSTED decision must give the agreed weekly amount");
        }
        if (request.decision() != PanelOutcome.ADJUSTED && request.agreedWeekly() != null) {
            throw BadRequestException.field("agreedWeekly", "only an ADJUSTED decision gives an agreed weekly amount");
        }
        DecisionRecord allocation = currentAllocation(allocationId);
        AllocationResult indicative = json.read(allocation.output(), AllocationResult.class);
        List<DecisionRecord> related = decisions.findByRelatedDecisionIdOrderBySeq(allocationId);
        Optional<DecisionRecord> plan = latest(related, DecisionKind.SUPPORT_PLAN);
        SupportPlanResult planResult = plan.map(p -> json.read(p.output(), SupportPlanResult.class)).orElse(null);
        List<AllocationResult.PanelReasonView> referredFor = planResult != null ? planResult.panel().reasons() : indicative.panel().reasons();
        if (referredFor.isEmpty()) {
            throw new UnprocessableException("decision", "Allocation " + allocationId + " has no reason to go to the panel"
                + (plan.isPresent() ? ": its support plan " + plan.get().id() + " can be agreed without it." : "."));
        }
        checkPanelHasNotDecided(allocationId, request, related);
        supersession.check(request.supersedes(), DecisionKind.PANEL_DECISION, allocation.personRef());
        BigDecimal agreed = switch (request.decision()) {
            // money is answered with two decimals (API.md); @Digits allows no more, so this never rounds
            case ADJUSTED -> request.agreedWeekly().setScale(2, java.math.RoundingMode.UNNECESSARY);
            case APPROVED -> planResult != null ? planResult.weeklyCost() : indicative.weeklyIndicativeBudget();
            case DECLINED -> null;
        };
        PanelDecisionResult result = new PanelDecisionResult(request.decision(), agreed, request.reason().strip(),
            indicative.weeklyIndicativeBudget(), plan.map(DecisionRecord::id).orElse(null),
            planResult == null ? null : planResult.weeklyCost(), referredFor);
        DecisionRecord stored = ledger.append(new DecisionDraft(DecisionKind.PANEL_DECISION, allocation.personRef(),
            allocation.assessmentDate(), null, request.decision().name(), allocation.clientGroup(), null, null, allocationId,
            request.supersedes(), request, result, List.of(), List.of()), user,
            // again under the chain lock: two panel decisions sent at once must not both be stored as the first, and
            // the plan decided on must still be the latest one
            () -> {
                List<DecisionRecord> now = decisions.findByRelatedDecisionIdOrderBySeq(allocationId);
                checkPanelHasNotDecided(allocationId, request, now);
                Optional<String> latestPlan = latest(now, DecisionKind.SUPPORT_PLAN).map(DecisionRecord::id);
                if (!latestPlan.equals(plan.map(DecisionRecord::id))) {
                    throw new UnprocessableException("decision", "A newer support plan " + latestPlan.orElse("")
                        + " was stored for allocation " + allocationId + " while this panel decision was being made; decide on that plan.");
                }
            });
        return new PanelDecisionView(stored.id(), stored.kind(), allocationId, allocation.personRef(), result.decision(),
            result.agreedWeekly(), result.reason(), result.indicativeWeekly(), result.supportPlanDecisionId(),
            result.supportPlanWeeklyCost(), result.referredFor(), stored.decidedBy(), stored.decidedAt(), stored.supersedes());
    }

    /** The panel decides once on each thing put to it: the indicative budget, then each costed plan after that. */
    private static void checkPanelHasNotDecided(String allocationId, PanelDecisionRequest request, List<DecisionRecord> related) {
        Optional<DecisionRecord> plan = latest(related, DecisionKind.SUPPORT_PLAN);
        Optional<DecisionRecord> earlier = latest(related, DecisionKind.PANEL_DECISION);
        boolean newPlanSinceLastPanel = earlier.isPresent() && plan.isPresent() && plan.get().seq() > earlier.get().seq();
        if (earlier.isPresent() && request.supersedes() == null && !newPlanSinceLastPanel) {
            throw new UnprocessableException("supersedes", "The panel already decided on allocation " + allocationId + " in decision "
                + earlier.get().id() + "; to change it, send a new decision that supersedes it.");
        }
    }

    private static Optional<DecisionRecord> latest(List<DecisionRecord> related, DecisionKind kind) {
        return related.stream().filter(d -> d.kind().equals(kind.name())).reduce((a, b) -> b);
    }

    /** An allocation that a later allocation has corrected takes no more plans or panel decisions. */
    private DecisionRecord currentAllocation(String id) {
        DecisionRecord allocation = allocation(id);
        supersession.requireCurrent(allocation, "allocation", "Allocation");
        return allocation;
    }

    private DecisionRecord allocation(String id) {
        DecisionRecord allocation = decisions.findById(id).orElseThrow(() -> new NotFoundException("There is no allocation " + id + "."));
        if (!allocation.kind().equals(DecisionKind.ALLOCATION.name())) {
            throw new NotFoundException("Decision " + id + " is a " + allocation.kind() + " decision, not an allocation.");
        }
        return allocation;
    }

    private Ruleset rulesetFor(LocalDate date, String field) {
        return catalog.inForce(RulesetKind.ALLOCATION, date).orElseThrow(() -> new UnprocessableException(field,
            "No RAS rates are in force on " + date + ". Rates cover: " + catalog.ofKind(RulesetKind.ALLOCATION).stream()
                .map(r -> r.name() + " " + r.manifest().period()).collect(Collectors.joining("; "))));
    }

    /** A RAS must see every domain, and only answers its questionnaire offers. */
    private static void checkAnswers(AllocationRequest request, Questionnaire questionnaire) {
        List<FieldError> errors = new ArrayList<>();
        String domains = questionnaire.domains().stream().map(Questionnaire.DomainView::code).collect(Collectors.joining(", "));
        request.answers().forEach((domain, code) -> {
            Optional<Questionnaire.DomainView> known = questionnaire.domain(domain);
            if (known.isEmpty()) {
                errors.add(new FieldError("answers." + domain, "unknown domain; allowed: " + domains));
            } else if (known.get().answer(code).isEmpty()) {
                errors.add(new FieldError("answers." + domain, "'" + abbreviate(code) + "' is not an answer to this question; allowed: "
                    + known.get().answers().stream().map(Questionnaire.AnswerView::code).collect(Collectors.joining(", "))));
            }
        });
        for (Questionnaire.DomainView domain : questionnaire.domains()) {
            if (!request.answers().containsKey(domain.code())) {
                errors.add(new FieldError("answers." + domain.code(), "missing: every domain must be answered (" + domain.title() + "); allowed: "
                    + domain.answers().stream().map(Questionnaire.AnswerView::code).collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The questionnaire answers do not fit the questionnaire in force ("
                + questionnaire.rulesetName() + "): " + errors.stream().map(FieldError::field).collect(Collectors.joining(", ")), errors);
        }
    }

    private static void checkRoutes(SupportPlanRequest plan) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < plan.lines().size(); i++) {
            if (plan.lines().get(i).route() == null && plan.route() == null) {
                errors.add(new FieldError("lines[" + i + "].route", "a delivery route is needed for each line, or one route for the "
                    + "whole plan; allowed: " + StrictJson.allowed(DeliveryRoute.class)));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The support plan does not say how each line is delivered", errors);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
