package uk.carerules.eligibility;

/** Whether abuse or neglect has occurred or will occur (FACS). */
public enum AbuseOrNeglect {
    NONE, ABUSE_OR_NEGLECT, SERIOUS
}
