package uk.carerules.eligibility;

/** How a carer is unable to achieve an outcome (SI 2015/313 reg 3(3)): the adults' "takes significantly longer" does not apply to carers. */
public enum CarerWay {
    ACHIEVED, UNABLE_WITHOUT_ASSISTANCE, SIGNIFICANT_PAIN_DISTRESS_ANXIETY, ENDANGERS_HEALTH_OR_SAFETY
}
