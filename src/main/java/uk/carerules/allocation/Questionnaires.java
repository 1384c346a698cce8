package uk.carerules.allocation;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import uk.carerules.rules.Evaluation;
import uk.carerules.rules.Ruleset;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the questionnaire and rates a ruleset declares, by running its rules with no assessment: only
 * the declarations fire. Kept per ruleset version, since the same text always declares the same.
 */
@Singleton
public class Questionnaires {

    private final Map<String, Questionnaire> byVersion = new ConcurrentHashMap<>();

    public Questionnaire of(Ruleset ruleset, KieBase rules) {
        return byVersion.computeIfAbsent(ruleset.hash(), h -> read(ruleset, rules));
    }

    static Questionnaire read(Ruleset ruleset, KieBase rules) {
        Evaluation run = Evaluation.run(rules, List.of());
        List<AnswerOption> options = run.all(AnswerOption.class);
        List<Questionnaire.DomainView> domains = run.all(Domain.class).stream()
            .sorted(Comparator.comparingInt(Domain::getOrder).thenComparing(Domain::getCode))
            .map(d -> new Questionnaire.DomainView(d.getCode(), d.getTitle(), d.getQuestion(), d.getOrder(),
                options.stream().filter(o -> o.getDomain().equals(d.getCode()))
                    .sorted(Comparator.comparing(AnswerOption::getCode))
                    .map(o -> new Questionnaire.AnswerView(o.getCode(), o.getWording(), o.getPoints()))
                    .toList()))
            .toList();
        QuestionnaireInfo info = run.optional(QuestionnaireInfo.class).orElse(null);
        Questionnaire.Rates rates = new Questionnaire.Rates(
            run.optional(RasMethod.class).map(RasMethod::getMethod).orElse(null),
            run.optional(PricePerPoint.class).map(PricePerPoint::getWeekly).orElse(null),
            run.all(PointsBand.class).stream().sorted(Comparator.comparingInt(PointsBand::getFromPoints))
                .map(b -> new Questionnaire.BandView(b.getFromPoints(), b.getToPoints(), b.getWeekly())).toList(),
            run.all(InformalSupportReduction.class).stream().sorted(Comparator.comparing(InformalSupportReduction::getAnswer))
                .map(r -> new Questionnaire.ReductionView(r.getAnswer(), r.getPercent(), r.getWording())).toList(),
            run.optional(WeeklyLimits.class).map(WeeklyLimits::getMinimum).orElse(null),
            run.optional(WeeklyLimits.class).map(WeeklyLimits::getMaximum).orElse(null),
            run.optional(AnnualRule.class).map(AnnualRule::getWeeksPerYear).orElse(null),
            run.optional(AnnualRule.class).map(AnnualRule::getText).orElse(null),
            run.optional(PanelSignOff.class).map(PanelSignOff::getWeekly).orElse(null),
            run.optional(SupportPlanTolerance.class).map(SupportPlanTolerance::getPercent).orElse(null),
            run.optional(CarerBudget.class).map(c -> new Questionnaire.CarerBudgetView(c.getAmount(), c.getFrequency(), c.getScheme())).orElse(null));
        return new Questionnaire(ruleset.name(), ruleset.hash(), ruleset.manifest().effectiveFrom(), ruleset.manifest().effectiveTo(),
            info == null ? null : info.getTitle(), info == null ? null : info.getFinancialYear(),
            info != null && info.isExampleFigures(), info == null ? null : info.getNote(), domains, rates);
    }
}
