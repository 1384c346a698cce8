package uk.carerules.web;

import java.security.Principal;

/** Who made a decision: always the signed-in user, never a name taken from the request body. */
public final class Users {

    private Users() {
    }

    public static String name(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
