package uk.carerules.allocation;

/** Fact declared in the rules: what this questionnaire and rate set are, and whether the figures are examples. */
public class QuestionnaireInfo {
    private final String title;
    private final String financialYear;
    private final boolean exampleFigures;
    private final String note;

    public QuestionnaireInfo(String title, String financialYear, boolean exampleFigures, String note) {
        this.title = title;
        this.financialYear = financialYear;
        this.exampleFigures = exampleFigures;
        this.note = note;
    }

    public String getTitle() {
        return title;
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public boolean isExampleFigures() {
        return exampleFigures;
    }

    public String getNote() {
        return note;
    }
}
