package uk.carerules.eligibility;

/** How an adult is unable to achieve an outcome (SI 2015/313 reg 2(3)); ACHIEVED when they are not. */
public enum Way {
    ACHIEVED, UNABLE_WITHOUT_ASSISTANCE, SIGNIFICANT_PAIN_DISTRESS_ANXIETY, ENDANGERS_HEALTH_OR_SAFETY, TAKES_SIGNIFICANTLY_LONGER
}
