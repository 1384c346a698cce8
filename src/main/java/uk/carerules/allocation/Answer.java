package uk.carerules.allocation;

/** Fact: the answer given for one domain in this assessment. */
public class Answer {
    private final String domain;
    private final String code;

    public Answer(String domain, String code) {
        this.domain = domain;
        this.code = code;
    }

    public String getDomain() {
        return domain;
    }

    public String getCode() {
        return code;
    }
}
