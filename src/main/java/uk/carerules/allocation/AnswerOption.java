package uk.carerules.allocation;

/** Fact declared in the rules: one graded answer to a domain's question and the points it is worth. */
public class AnswerOption {
    private final String domain;
    private final String code;
    private final String wording;
    private final int points;

    public AnswerOption(String domain, String code, String wording, int points) {
        this.domain = domain;
        this.code = code;
        this.wording = wording;
        this.points = points;
    }

    public String getDomain() {
        return domain;
    }

    public String getCode() {
        return code;
    }

    public String getWording() {
        return wording;
    }

    public int getPoints() {
        return points;
    }
}
