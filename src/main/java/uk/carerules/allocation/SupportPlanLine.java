package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact: one costed line of a support plan. */
public class SupportPlanLine {
    private final int line;
    private final String service;
    private final String unit;
    private final BigDecimal quantityPerWeek;
    private final BigDecimal unitCost;
    private final String route;

    public SupportPlanLine(int line, String service, String unit, BigDecimal quantityPerWeek, BigDecimal unitCost, String route) {
        this.line = line;
        this.service = service;
        this.unit = unit;
        this.quantityPerWeek = quantityPerWeek;
        this.unitCost = unitCost;
        this.route = route;
    }

    public int getLine() {
        return line;
    }

    public String getService() {
        return service;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantityPerWeek() {
        return quantityPerWeek;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public String getRoute() {
        return route;
    }
}
