package uk.carerules.security;

/** The kinds of user, each allowed only its own job. */
public final class Roles {
    public static final String ASSESSOR = "ASSESSOR";
    public static final String PANEL = "PANEL";
    public static final String POLICY = "POLICY";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
