package uk.carerules.eligibility;

/** Fact: one FACS criterion the person's needs meet, with the band it belongs to and why. */
public class CriterionMet {
    private final FacsBand band;
    private final String criterion;
    private final String text;
    private final String source;
    private final String rule;

    public CriterionMet(FacsBand band, String criterion, String text, String source, String rule) {
        this.band = band;
        this.criterion = criterion;
        this.text = text;
        this.source = source;
        this.rule = rule;
    }

    public FacsBand getBand() { return band; }
    public String getCriterion() { return criterion; }
    public String getText() { return text; }
    public String getSource() { return source; }
    public String getRule() { return rule; }
}
