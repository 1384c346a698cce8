package uk.carerules.eligibility;

/** How much of an area of life cannot be carried out or sustained (FACS). MAJORITY stands for "many aspects" in work, education or learning. */
public enum Extent {
    NONE, ONE_OR_TWO, SEVERAL, MAJORITY, VITAL
}
