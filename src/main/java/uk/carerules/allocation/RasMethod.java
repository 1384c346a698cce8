package uk.carerules.allocation;

/** Fact declared in the rules: how points become pounds, PRICE_PER_POINT or BANDED_TABLE. */
public class RasMethod {
    private final String method;
    private final String source;

    public RasMethod(String method, String source) {
        this.method = method;
        this.source = source;
    }

    public String getMethod() {
        return method;
    }

    public String getSource() {
        return source;
    }
}
