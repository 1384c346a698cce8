package uk.carerules.eligibility;

/** Fact: the assessor's finding on one outcome, by its code, and the way (if any) it is not achieved. */
public class OutcomeFinding {
    private final String outcome;
    private final String way;

    public OutcomeFinding(String outcome, String way) {
        this.outcome = outcome;
        this.way = way;
    }

    public String getOutcome() { return outcome; }
    public String getWay() { return way; }
}
