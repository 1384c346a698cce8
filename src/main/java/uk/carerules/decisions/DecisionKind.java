package uk.carerules.decisions;

/** The kinds of stored decision. */
public enum DecisionKind {
    ELIGIBILITY,
    ALLOCATION,
    CARER_ALLOCATION,
    SUPPORT_PLAN,
    PANEL_DECISION
}
