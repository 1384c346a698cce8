package uk.carerules.allocation;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import uk.carerules.rules.Evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds facts for the RAS rules and reads back what they worked out. Every figure comes from the
 * rules; this class only carries it.
 */
@Singleton
public class AllocationEngine {

    public Decided<AllocationResult> allocate(AllocationRequest request, Questionnaire questionnaire, KieBase rules) {
        IndicativeBudget budget = new IndicativeBudget();
        List<Object> facts = new ArrayList<>();
        facts.add(budget);
        // In questionnaire order, whatever order the request listed them: the same case always fires the same way.
        for (Questionnaire.DomainView domain : questionnaire.domains()) {
            String code = request.answers().get(domain.code());
            if (code != null) {
                facts.add(new Answer(domain.code(), code));
            }
        }
        Evaluation run = Evaluation.run(rules, facts);
        if (budget.getTotalPoints() == null || budget.getWeekly() == null || budget.getAnnual() == null) {
            throw new IllegalStateException("The allocation rules did not reach an amount (points " + budget.getTotalPoints()
                + ", method " + questionnaire.rates().method() + "): check the rates declare a method, a price or bands covering "
                + "every score, and an annual rule");
        }
        Map<String, Integer> domainPoints = new LinkedHashMap<>();
        List<AllocationResult.ScoredAnswer> answers = new ArrayList<>();
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        run.all(DomainScore.class).forEach(s -> scores.put(s.getDomain(), s));
        for (Questionnaire.DomainView domain : questionnaire.domains()) {
            DomainScore score = scores.get(domain.code());
            if (score != null) {
                domainPoints.put(domain.code(), score.getPoints());
                answers.add(new AllocationResult.ScoredAnswer(domain.code(), domain.title(), score.getAnswer(),
                    domain.answer(score.getAnswer()).map(Questionnaire.AnswerView::wording).orElse(""), score.getPoints()));
            }
        }
        List<AllocationResult.AdjustmentView> adjustments = run.all(Adjustment.class).stream()
            .sorted(Comparator.comparingInt(a -> run.firedRules().indexOf(a.getRule())))
            .map(a -> new AllocationResult.AdjustmentView(a.getKind(), a.getText(), a.getAmount(), a.getRule())).toList();
        AllocationResult result = new AllocationResult(questionnaire.financialYear(), questionnaire.exampleFigures(),
            budget.getTotalPoints(), domainPoints, answers, budget.getMethod(), budget.getPricePerPoint(),
            budget.getBand() == null ? null : new Questionnaire.BandView(budget.getBand().getFromPoints(), budget.getBand().getToPoints(), budget.getBand().getWeekly()),
            budget.getBaseWeekly(), adjustments, budget.getWeekly(), budget.getAnnual(), panel(run));
        return new Decided<>(result, run);
    }

    public Decided<CarerAllocationResult> carer(KieBase rules) {
        CarerAllocation allocation = new CarerAllocation();
        Evaluation run = Evaluation.run(rules, List.of(allocation));
        if (allocation.getAmount() == null) {
            throw new IllegalStateException("The carers' rules gave no carer's personal budget: check the rates declare a CarerBudget");
        }
        return new Decided<>(new CarerAllocationResult(allocation.getAmount(), allocation.getFrequency(), allocation.getScheme()), run);
    }

    public Decided<SupportPlanResult> supportPlan(SupportPlanInput input, KieBase rules) {
        SupportPlanCheck check = new SupportPlanCheck(input.indicativeWeekly(), input.allocationReferredToPanel());
        List<Object> facts = new ArrayList<>();
        facts.add(check);
        List<SupportPlanRequest.Line> lines = input.plan().lines();
        for (int i = 0; i < lines.size(); i++) {
            SupportPlanRequest.Line line = lines.get(i);
            DeliveryRoute route = line.route() != null ? line.route() : input.plan().route();
            facts.add(new SupportPlanLine(i + 1, line.service(), line.unit(), line.quantityPerWeek(), line.unitCost(), route.name()));
        }
        Evaluation run = Evaluation.run(rules, facts);
        if (check.getWeeklyCost() == null || check.getWithinTolerance() == null) {
            throw new IllegalStateException("The support plan rules did not cost the plan: check the rates declare a SupportPlanTolerance");
        }
        Map<Integer, BigDecimal> lineCosts = new LinkedHashMap<>();
        run.all(LineCost.class).stream().sorted(Comparator.comparingInt(LineCost::getLine))
            .forEach(c -> lineCosts.put(c.getLine(), c.getWeekly()));
        Map<String, BigDecimal> byRoute = new LinkedHashMap<>();
        List<SupportPlanResult.CostedLine> costed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SupportPlanRequest.Line line = lines.get(i);
            DeliveryRoute route = line.route() != null ? line.route() : input.plan().route();
            BigDecimal weekly = lineCosts.get(i + 1);
            costed.add(new SupportPlanResult.CostedLine(i + 1, line.service(), line.unit(), line.quantityPerWeek(), line.unitCost(), route, weekly));
            byRoute.merge(route.name(), weekly, BigDecimal::add);
        }
        AllocationResult.Panel panel = panel(run);
        SupportPlanResult result = new SupportPlanResult(costed, byRoute, check.getWeeklyCost(), input.indicativeWeekly(),
            check.getVariance(), check.getToleranceLimit(), check.getWithinTolerance(), panel);
        return new Decided<>(result, run);
    }

    private static AllocationResult.Panel panel(Evaluation run) {
        List<AllocationResult.PanelReasonView> reasons = run.all(PanelReason.class).stream()
            .map(p -> new AllocationResult.PanelReasonView(p.getCode(), p.getText(), p.getSource(), p.getRule()))
            .sorted(Comparator.comparing(AllocationResult.PanelReasonView::code))
            .toList();
        return new AllocationResult.Panel(!reasons.isEmpty(), reasons);
    }

    /** A result with the evaluation that produced it. */
    public record Decided<T>(T result, Evaluation evaluation) {
    }
}
