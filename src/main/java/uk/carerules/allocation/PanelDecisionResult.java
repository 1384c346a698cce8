package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** What a panel decided, with what was in front of it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PanelDecisionResult(PanelOutcome decision,
                                  @Nullable BigDecimal agreedWeekly,
                                  String reason,
                                  BigDecimal indicativeWeekly,
                                  @Nullable String supportPlanDecisionId,
                                  @Nullable BigDecimal supportPlanWeeklyCost,
                                  List<AllocationResult.PanelReasonView> referredFor) {
}
