package uk.carerules.eligibility;

/** Fact: the lowest FACS band the council funds, declared in the rules. */
public class FacsThreshold {
    private final FacsBand band;
    private final String source;

    public FacsThreshold(FacsBand band, String source) {
        this.band = band;
        this.source = source;
    }

    public FacsBand getBand() { return band; }
    public String getSource() { return source; }
}
