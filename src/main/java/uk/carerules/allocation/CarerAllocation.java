package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact the carers' rules fill in: the carer's personal budget. */
public class CarerAllocation {
    private BigDecimal amount;
    private String frequency;
    private String scheme;

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
}
