package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the RAS worked out, as stored and as compared on replay. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AllocationResult(@Nullable String financialYear,
                               boolean exampleFigures,
                               int totalPoints,
                               Map<String, Integer> domainPoints,
                               List<ScoredAnswer> answers,
                               String method,
                               @Nullable BigDecimal pricePerPoint,
                               @Nullable Questionnaire.BandView band,
                               BigDecimal baseWeekly,
                               List<AdjustmentView> adjustments,
                               BigDecimal weeklyIndicativeBudget,
                               BigDecimal annualIndicativeBudget,
                               Panel panel) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScoredAnswer(String domain, String title, String answer, String wording, int points) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdjustmentView(String kind, String text, BigDecimal amount, String rule) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PanelReasonView(String code, String text, String source, String rule) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Panel(boolean required, List<PanelReasonView> reasons) {
    }

    public String outcome() {
        return panel.required() ? "PANEL_REQUIRED" : "INDICATIVE_BUDGET";
    }
}
