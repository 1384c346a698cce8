package uk.carerules.eligibility;

/** The four FACS bands, highest first, and NONE when no need meets any band. */
public enum FacsBand {
    CRITICAL, SUBSTANTIAL, MODERATE, LOW, NONE;

    public boolean isAtLeast(FacsBand other) {
        return ordinal() <= other.ordinal();
    }

    public boolean isHigherThan(FacsBand other) {
        return ordinal() < other.ordinal();
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
