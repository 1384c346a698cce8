package uk.carerules.eligibility;

/** The law a decision was made under, chosen by the assessment date; each has its part of the request. */
public enum Regime {
    FACS_2010("facs", "FACS 2010"),
    CARE_ACT_2014("careAct", "the Care Act 2014 (adults, SI 2015/313 reg 2)"),
    CARE_ACT_2014_CARER("carer", "the Care Act 2014 (carers, SI 2015/313 reg 3)");

    private final String field;
    private final String title;

    Regime(String field, String title) {
        this.field = field;
        this.title = title;
    }

    /** The request field that carries an assessment under this regime. */
    public String field() {
        return field;
    }

    public String title() {
        return title;
    }
}
