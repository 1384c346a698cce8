package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The answer to a recorded panel decision. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PanelDecisionView(String decisionId,
                                String kind,
                                String allocationDecisionId,
                                String personRef,
                                PanelOutcome decision,
                                @Nullable BigDecimal agreedWeekly,
                                String reason,
                                BigDecimal indicativeWeekly,
                                @Nullable String supportPlanDecisionId,
                                @Nullable BigDecimal supportPlanWeeklyCost,
                                List<AllocationResult.PanelReasonView> referredFor,
                                String decidedBy,
                                Instant decidedAt,
                                @Nullable String supersedes) {
}
