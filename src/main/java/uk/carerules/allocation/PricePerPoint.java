package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: pounds per point per week. */
public class PricePerPoint {
    private final BigDecimal weekly;
    private final String source;

    public PricePerPoint(BigDecimal weekly, String source) {
        this.weekly = weekly;
        this.source = source;
    }

    public BigDecimal getWeekly() {
        return weekly;
    }

    public String getSource() {
        return source;
    }
}
