package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: the share of the amount that an unpaid carer's continuing support covers, by answer. */
public class InformalSupportReduction {
    private final String answer;
    private final BigDecimal percent;
    private final String wording;
    private final String source;

    public InformalSupportReduction(String answer, BigDecimal percent, String wording, String source) {
        this.answer = answer;
        this.percent = percent;
        this.wording = wording;
        this.source = source;
    }

    public String getAnswer() {
        return answer;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public String getWording() {
        return wording;
    }

    public String getSource() {
        return source;
    }
}
