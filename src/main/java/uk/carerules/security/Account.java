package uk.carerules.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/**
 * A configured account: {@code care-rules.accounts.<username>.password-hash} (BCrypt) and {@code roles}.
 * Passwords are never configured in clear.
 */
@EachProperty("care-rules.accounts")
public class Account {

    private final String username;
    private String passwordHash;
    private List<String> roles = List.of();

    public Account(@Parameter String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
