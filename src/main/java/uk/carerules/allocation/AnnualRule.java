package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: how a weekly amount becomes an annual one. */
public class AnnualRule {
    private final BigDecimal weeksPerYear;
    private final String text;

    public AnnualRule(BigDecimal weeksPerYear, String text) {
        this.weeksPerYear = weeksPerYear;
        this.text = text;
    }

    public BigDecimal getWeeksPerYear() {
        return weeksPerYear;
    }

    public String getText() {
        return text;
    }
}
