package uk.carerules.eligibility;

/** Fact: an outcome the rules found the adult or carer unable to achieve. */
public class OutcomeNotAchieved {
    private final String outcome;
    private final String way;

    public OutcomeNotAchieved(String outcome, String way) {
        this.outcome = outcome;
        this.way = way;
    }

    public String getOutcome() { return outcome; }
    public String getWay() { return way; }
}
