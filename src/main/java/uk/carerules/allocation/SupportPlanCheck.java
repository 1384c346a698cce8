package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact the support plan rules fill in: the plan's weekly cost against the indicative amount. */
public class SupportPlanCheck {
    private final BigDecimal indicativeWeekly;
    private final boolean allocationReferredToPanel;
    private BigDecimal weeklyCost;
    private BigDecimal variance;
    private BigDecimal toleranceLimit;
    private Boolean withinTolerance;

    public SupportPlanCheck(BigDecimal indicativeWeekly, boolean allocationReferredToPanel) {
        this.indicativeWeekly = indicativeWeekly;
        this.allocationReferredToPanel = allocationReferredToPanel;
    }

    public BigDecimal getIndicativeWeekly() { return indicativeWeekly; }
    public boolean isAllocationReferredToPanel() { return allocationReferredToPanel; }
    public BigDecimal getWeeklyCost() { return weeklyCost; }
    public void setWeeklyCost(BigDecimal weeklyCost) { this.weeklyCost = weeklyCost; }
    public BigDecimal getVariance() { return variance; }
    public void setVariance(BigDecimal variance) { this.variance = variance; }
    public BigDecimal getToleranceLimit() { return toleranceLimit; }
    public void setToleranceLimit(BigDecimal toleranceLimit) { this.toleranceLimit = toleranceLimit; }
    public Boolean getWithinTolerance() { return withinTolerance; }
    public void setWithinTolerance(Boolean withinTolerance) { this.withinTolerance = withinTolerance; }
}
