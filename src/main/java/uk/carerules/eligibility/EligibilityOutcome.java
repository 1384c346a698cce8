package uk.carerules.eligibility;

/**
 * Fact the rules fill in: the band (FACS only), the threshold it was compared with (FACS only) and
 * whether the needs are eligible. Java only reads it back.
 */
public class EligibilityOutcome {
    private final Regime regime;
    private FacsBand band;
    private FacsBand threshold;
    private Boolean eligible;

    public EligibilityOutcome(Regime regime) {
        this.regime = regime;
        this.band = regime == Regime.FACS_2010 ? FacsBand.NONE : null;
    }

    public Regime getRegime() { return regime; }
    public FacsBand getBand() { return band; }
    public void setBand(FacsBand band) { this.band = band; }
    public FacsBand getThreshold() { return threshold; }
    public void setThreshold(FacsBand threshold) { this.threshold = threshold; }
    public Boolean getEligible() { return eligible; }
    public void setEligible(Boolean eligible) { this.eligible = eligible; }
}
