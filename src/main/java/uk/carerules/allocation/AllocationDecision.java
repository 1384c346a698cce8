package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Reason;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The answer to an allocation request (API.md): the indicative personal budget and how it was reached. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AllocationDecision(String decisionId,
                                 String kind,
                                 String personRef,
                                 LocalDate assessmentDate,
                                 String eligibilityDecisionId,
                                 @Nullable String financialYear,
                                 boolean exampleFigures,
                                 int totalPoints,
                                 Map<String, Integer> domainPoints,
                                 List<AllocationResult.ScoredAnswer> answers,
                                 String method,
                                 @Nullable BigDecimal pricePerPoint,
                                 @Nullable Questionnaire.BandView band,
                                 BigDecimal baseWeekly,
                                 List<AllocationResult.AdjustmentView> adjustments,
                                 BigDecimal weeklyIndicativeBudget,
                                 BigDecimal annualIndicativeBudget,
                                 AllocationResult.Panel panel,
                                 List<Reason> reasons,
                                 List<String> rulesFired,
                                 String rulesetName,
                                 String rulesetVersion,
                                 String decidedBy,
                                 Instant decidedAt,
                                 @Nullable String supersedes) {
}
