package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: how far above the indicative amount a costed support plan may go and still be agreed without panel. */
public class SupportPlanTolerance {
    private final BigDecimal percent;
    private final String source;

    public SupportPlanTolerance(BigDecimal percent, String source) {
        this.percent = percent;
        this.source = source;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public String getSource() {
        return source;
    }
}
