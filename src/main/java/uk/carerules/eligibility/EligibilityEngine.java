package uk.carerules.eligibility;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import uk.carerules.rules.Evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an assessment into facts, runs the eligibility rules and reads the outcome back. It decides
 * nothing itself, and never sees a cost, a rate or a budget.
 */
@Singleton
public class EligibilityEngine {

    public static Regime regimeOf(EligibilityRequest request) {
        if (request.facs() != null) {
            return Regime.FACS_2010;
        }
        return request.careAct() != null ? Regime.CARE_ACT_2014 : Regime.CARE_ACT_2014_CARER;
    }

    public Decided decide(EligibilityRequest request, KieBase rules) {
        Regime regime = regimeOf(request);
        List<Object> facts = new ArrayList<>();
        EligibilityOutcome outcome = new EligibilityOutcome(regime);
        facts.add(outcome);
        List<String> order = new ArrayList<>();
        switch (regime) {
            case FACS_2010 -> facts.add(new FacsNeeds(request.facs()));
            case CARE_ACT_2014 -> {
                CareActAnswers a = request.careAct();
                facts.add(new CareActNeeds(false, a.impairmentOrIllness(), false, a.significantImpactOnWellbeing()));
                for (AdultOutcome o : AdultOutcome.values()) {
                    order.add(o.name());
                    finding(o, a.outcomesOrNone().get(o), facts);
                }
            }
            case CARE_ACT_2014_CARER -> {
                CarerAnswers a = request.carer();
                facts.add(new CareActNeeds(true, a.needsFromProvidingNecessaryCare(), a.healthAtRisk(), a.significantImpactOnWellbeing()));
                for (CarerOutcome o : CarerOutcome.values()) {
                    order.add(o.name());
                    finding(o, a.outcomesOrNone().get(o), facts);
                }
            }
        }
        Evaluation run = Evaluation.run(rules, facts);
        if (outcome.getEligible() == null) {
            throw new IllegalStateException("The eligibility rules reached no decision for regime " + regime
                + ": every assessment must end eligible or not eligible");
        }
        List<String> notAchieved = run.all(OutcomeNotAchieved.class).stream()
            .map(OutcomeNotAchieved::getOutcome)
            .distinct()
            .sorted(Comparator.comparingInt(order::indexOf))
            .toList();
        EligibilityResult result = new EligibilityResult(regime, outcome.getBand(), outcome.getThreshold(),
            outcome.getEligible(), notAchieved);
        return new Decided(result, run);
    }

    /** Facts go in in the regulation's order, whatever order the request listed them: the same case always fires the same way. */
    private static void finding(Enum<?> outcome, Enum<?> way, List<Object> facts) {
        if (way != null) {
            facts.add(new OutcomeFinding(outcome.name(), way.name()));
        }
    }

    /** The outcome with the evaluation that produced it (reasons and rules fired). */
    public record Decided(EligibilityResult result, Evaluation evaluation) {
    }
}
