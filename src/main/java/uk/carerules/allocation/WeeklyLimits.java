package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: the least and the most the RAS gives as a weekly indicative amount. */
public class WeeklyLimits {
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final String source;

    public WeeklyLimits(BigDecimal minimum, BigDecimal maximum, String source) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.source = source;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public String getSource() {
        return source;
    }
}
