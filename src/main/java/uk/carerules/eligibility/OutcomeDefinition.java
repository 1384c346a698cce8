package uk.carerules.eligibility;

/** Fact declared in the rules: an outcome's code, its wording in the regulation and where it is. */
public class OutcomeDefinition {
    private final String code;
    private final String wording;
    private final String source;

    public OutcomeDefinition(String code, String wording, String source) {
        this.code = code;
        this.wording = wording;
        this.source = source;
    }

    public String getCode() { return code; }
    public String getWording() { return wording; }
    public String getSource() { return source; }
}
