package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A costed support plan checked against the indicative budget. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupportPlanResult(List<CostedLine> lines,
                                Map<String, BigDecimal> weeklyCostByRoute,
                                BigDecimal weeklyCost,
                                BigDecimal indicativeWeekly,
                                BigDecimal variance,
                                BigDecimal toleranceWeekly,
                                boolean withinTolerance,
                                AllocationResult.Panel panel) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CostedLine(int line, String service, String unit, BigDecimal quantityPerWeek, BigDecimal unitCost,
                             DeliveryRoute route, BigDecimal weekly) {
    }

    public String outcome() {
        return panel.required() ? "PANEL_REQUIRED" : "AGREED";
    }
}
