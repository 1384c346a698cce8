package uk.carerules.eligibility;

/** Client groups used in returns and in impact modelling (seed 004:1291). */
public enum ClientGroup {
    OLDER_PEOPLE, LEARNING_DISABILITY, PHYSICAL_AND_SENSORY_DISABILITY, MENTAL_HEALTH, CARERS, SUBSTANCE_MISUSE, OTHER
}
