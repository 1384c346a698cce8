package uk.carerules.eligibility;

/** Fact: the adult's or carer's findings on the conditions other than the outcomes. */
public class CareActNeeds {
    private final boolean carer;
    private final boolean arisesFromImpairmentOrCaring;
    private final boolean healthAtRisk;
    private final boolean significantImpactOnWellbeing;

    public CareActNeeds(boolean carer, boolean arisesFromImpairmentOrCaring, boolean healthAtRisk, boolean significantImpactOnWellbeing) {
        this.carer = carer;
        this.arisesFromImpairmentOrCaring = arisesFromImpairmentOrCaring;
        this.healthAtRisk = healthAtRisk;
        this.significantImpactOnWellbeing = significantImpactOnWellbeing;
    }

    public boolean isCarer() { return carer; }
    /** Adults: needs arise from impairment or illness. Carers: needs arise from providing necessary care. */
    public boolean isArisesFromImpairmentOrCaring() { return arisesFromImpairmentOrCaring; }
    public boolean isHealthAtRisk() { return healthAtRisk; }
    public boolean isSignificantImpactOnWellbeing() { return significantImpactOnWellbeing; }
}
