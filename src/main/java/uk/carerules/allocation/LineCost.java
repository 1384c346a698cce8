package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact: the weekly cost of one support plan line, as the rules rounded it. */
public class LineCost {
    private final int line;
    private final BigDecimal weekly;

    public LineCost(int line, BigDecimal weekly) {
        this.line = line;
        this.weekly = weekly;
    }

    public int getLine() {
        return line;
    }

    public BigDecimal getWeekly() {
        return weekly;
    }
}
