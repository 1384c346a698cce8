package uk.carerules.allocation;

/** Fact declared in the rules: a need domain of the questionnaire, with its question, in the order it is asked. */
public class Domain {
    private final String code;
    private final String title;
    private final String question;
    private final int order;

    public Domain(String code, String title, String question, int order) {
        this.code = code;
        this.title = title;
        this.question = question;
        this.order = order;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public int getOrder() {
        return order;
    }
}
