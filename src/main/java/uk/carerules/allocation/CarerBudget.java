package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: the personal budget an eligible carer is given. */
public class CarerBudget {
    private final BigDecimal amount;
    private final String frequency;
    private final String scheme;
    private final String source;

    public CarerBudget(BigDecimal amount, String frequency, String scheme, String source) {
        this.amount = amount;
        this.frequency = frequency;
        this.scheme = scheme;
        this.source = source;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getScheme() {
        return scheme;
    }

    public String getSource() {
        return source;
    }
}
