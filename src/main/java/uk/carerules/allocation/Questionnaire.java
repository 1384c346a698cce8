package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaire and rates in force, exactly as the rules declare them, so that a form never
 * hard-codes a question or a point and a person can check their figure by hand.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Questionnaire(String rulesetName,
                            String rulesetVersion,
                            LocalDate effectiveFrom,
                            @Nullable LocalDate effectiveTo,
                            @Nullable String title,
                            @Nullable String financialYear,
                            boolean exampleFigures,
                            @Nullable String note,
                            List<DomainView> domains,
                            Rates rates) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DomainView(String code, String title, String question, int order, List<AnswerView> answers) {
        public Optional<AnswerView> answer(String code) {
            return answers.stream().filter(a -> a.code().equals(code)).findFirst();
        }

        public int maximumPoints() {
            return answers.stream().mapToInt(AnswerView::points).max().orElse(0);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AnswerView(String code, String wording, int points) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BandView(int fromPoints, int toPoints, BigDecimal weekly) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReductionView(String answer, BigDecimal percent, String wording) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CarerBudgetView(BigDecimal amount, String frequency, String scheme) {
    }

    /** The figures that turn points into money, for transparency. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rates(@Nullable String method,
                        @Nullable BigDecimal pricePerPoint,
                        List<BandView> bands,
                        List<ReductionView> informalSupport,
                        @Nullable BigDecimal minimumWeekly,
                        @Nullable BigDecimal maximumWeekly,
                        @Nullable BigDecimal weeksPerYear,
                        @Nullable String annualRule,
                        @Nullable BigDecimal panelSignOffWeekly,
                        @Nullable BigDecimal supportPlanTolerancePercent,
                        @Nullable CarerBudgetView carerBudget) {
    }

    public Optional<DomainView> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public int maximumPoints() {
        return domains.stream().mapToInt(DomainView::maximumPoints).sum();
    }
}
