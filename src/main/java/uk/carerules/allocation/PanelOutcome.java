package uk.carerules.allocation;

/** What a panel decides about a package. */
public enum PanelOutcome {
    APPROVED, ADJUSTED, DECLINED
}
