package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: one row of a banded table, points from and to (inclusive), and its weekly amount. */
public class PointsBand {
    private final int fromPoints;
    private final int toPoints;
    private final BigDecimal weekly;

    public PointsBand(int fromPoints, int toPoints, BigDecimal weekly) {
        this.fromPoints = fromPoints;
        this.toPoints = toPoints;
        this.weekly = weekly;
    }

    public int getFromPoints() {
        return fromPoints;
    }

    public int getToPoints() {
        return toPoints;
    }

    public BigDecimal getWeekly() {
        return weekly;
    }
}
