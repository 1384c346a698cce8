package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Reason;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The answer to a support plan check. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupportPlanDecision(String decisionId,
                                  String kind,
                                  String allocationDecisionId,
                                  String personRef,
                                  List<SupportPlanResult.CostedLine> lines,
                                  Map<String, BigDecimal> weeklyCostByRoute,
                                  BigDecimal weeklyCost,
                                  BigDecimal indicativeWeekly,
                                  BigDecimal variance,
                                  BigDecimal toleranceWeekly,
                                  boolean withinTolerance,
                                  AllocationResult.Panel panel,
                                  List<Reason> reasons,
                                  List<String> rulesFired,
                                  String rulesetName,
                                  String rulesetVersion,
                                  String decidedBy,
                                  Instant decidedAt,
                                  @Nullable String supersedes) {
}
