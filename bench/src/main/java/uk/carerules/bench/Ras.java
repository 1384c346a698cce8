package uk.carerules.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every RAS engine must agree on: the points, the weekly and annual indicative amounts and whether
 * the panel decides. Amounts are held to the penny: one that is not a whole number of pennies fails here
 * (FEEL numbers carry no scale, so 25 and 25.00 are the same amount; 25.001 is not a penny amount).
 */
public record Ras(int points, BigDecimal weekly, BigDecimal annual, boolean panel) {
    public Ras {
        weekly = weekly.setScale(2, RoundingMode.UNNECESSARY);
        annual = annual.setScale(2, RoundingMode.UNNECESSARY);
    }
}
