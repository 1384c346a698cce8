package uk.carerules.allocation;

import java.math.BigDecimal;

/**
 * Fact the allocation rules fill in step by step: points, the amount before adjustments, the weekly
 * and annual indicative budget. Java inserts it empty and reads it back.
 */
public class IndicativeBudget {
    private Integer totalPoints;
    private String method;
    private BigDecimal pricePerPoint;
    private PointsBand band;
    private BigDecimal baseWeekly;
    private BigDecimal weekly;
    private BigDecimal annual;

    public Integer getTotalPoints() { return totalPoints; }
    public void setTotalPoints(Integer totalPoints) { this.totalPoints = totalPoints; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public BigDecimal getPricePerPoint() { return pricePerPoint; }
    public void setPricePerPoint(BigDecimal pricePerPoint) { this.pricePerPoint = pricePerPoint; }
    public PointsBand getBand() { return band; }
    public void setBand(PointsBand band) { this.band = band; }
    public BigDecimal getBaseWeekly() { return baseWeekly; }
    public void setBaseWeekly(BigDecimal baseWeekly) { this.baseWeekly = baseWeekly; }
    public BigDecimal getWeekly() { return weekly; }
    public void setWeekly(BigDecimal weekly) { this.weekly = weekly; }
    public BigDecimal getAnnual() { return annual; }
    public void setAnnual(BigDecimal annual) { this.annual = annual; }
}
