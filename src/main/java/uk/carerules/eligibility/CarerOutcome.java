package uk.carerules.eligibility;

/** The carer's outcomes of SI 2015/313 regulation 3(2)(b), in the regulation's order. */
public enum CarerOutcome {
    CARING_FOR_CHILD, CARING_FOR_OTHERS, HABITABLE_HOME, NUTRITION, RELATIONSHIPS, WORK_TRAINING_EDUCATION_VOLUNTEERING,
    COMMUNITY_FACILITIES, RECREATION
}
