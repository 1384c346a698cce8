package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact: one change the rules made to the weekly amount, with the reason in plain words. */
public class Adjustment {
    private final String kind;
    private final String text;
    private final BigDecimal amount;
    private final String rule;

    public Adjustment(String kind, String text, BigDecimal amount, String rule) {
        this.kind = kind;
        this.text = text;
        this.amount = amount;
        this.rule = rule;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRule() {
        return rule;
    }
}
