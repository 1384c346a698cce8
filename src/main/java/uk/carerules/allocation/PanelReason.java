package uk.carerules.allocation;

/** Fact: one reason the case must go to the panel. */
public class PanelReason {
    private final String code;
    private final String text;
    private final String source;
    private final String rule;

    public PanelReason(String code, String text, String source, String rule) {
        this.code = code;
        this.text = text;
        this.source = source;
        this.rule = rule;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getSource() {
        return source;
    }

    public String getRule() {
        return rule;
    }
}
