package uk.carerules.allocation;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A costed support plan checked against the indicative budget. */
@Serdeable
public record SupportPlanResult(List<CostedLine> lines,
                                Map<String, BigDecimal> weeklyCostByRoute,
                                BigDecimal weeklyCost,
                                BigDecimal indicativeWeekly,
                                BigDecimal variance,
                                BigDecimal toleranceWeekly,
                                boolean withinTolerance,
                                AllocationResult.Panel panel) {

    @Serdeable
    public record CostedLine(int line, String service, String unit, BigDecimal quantityPerWeek, BigDecimal unitCost,
                             DeliveryRoute route, BigDecimal weekly) {
    }

    public String outcome() {
        return panel.required() ? "PANEL_REQUIRED" : "AGREED";
    }
}
