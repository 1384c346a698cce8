package uk.carerules.rules;

/** What a ruleset decides. Each kind has its own versions and effective periods. */
public enum RulesetKind {
    ELIGIBILITY,
    ALLOCATION
}
