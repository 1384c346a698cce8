package uk.carerules.eligibility;

/** How much choice and control the person has over vital aspects of their immediate environment (FACS). */
public enum ChoiceAndControl {
    FULL, PARTIAL, LITTLE_OR_NONE
}
