package uk.carerules.allocation;

/** Fact: the points one answer scored. */
public class DomainScore {
    private final String domain;
    private final String answer;
    private final int points;

    public DomainScore(String domain, String answer, int points) {
        this.domain = domain;
        this.answer = answer;
        this.points = points;
    }

    public String getDomain() {
        return domain;
    }

    public String getAnswer() {
        return answer;
    }

    public int getPoints() {
        return points;
    }
}
