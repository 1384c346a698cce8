package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * What a support plan check is decided on: the plan as sent, and the indicative budget it is checked
 * against. Stored whole, so that a replay needs nothing but this record.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record SupportPlanInput(SupportPlanRequest plan, BigDecimal indicativeWeekly, boolean allocationReferredToPanel) {
}
