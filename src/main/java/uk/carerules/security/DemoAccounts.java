package uk.carerules.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The demo accounts of API.md (assessor, panel, policy, auditor; password "demo"). On by default only
 * for the embedded H2 database; off whenever another database is configured, unless
 * {@code care-rules.demo-accounts.enabled} is set true explicitly. A warning says so at start-up.
 */
@Singleton
public class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);


    private static final Map<String, String> DEMO = Map.of(
        "assessor", Roles.ASSESSOR, "panel", Roles.PANEL, "policy", Roles.POLICY, "auditor", Roles.AUDITOR);

    /**
     * BCrypt (cost 10) of the published demo password "demo", made once rather than at every start (hashing is deliberately
     * slow: it was a twentieth of the start-up time). DemoAccountsTest checks it still verifies "demo".
     */
    static final String DEMO_PASSWORD_HASH = "$2a$10$sM9kwTY7bjQn1t9/0RW4vObrfPWctrCJMk3/cw3gt7Va6hDRHX2R.";

    private final boolean enabled;

    public DemoAccounts(@Value("${care-rules.demo-accounts.enabled:auto}") String setting,
                        @Value("${datasources.default.url:}") String databaseUrl) {
        this.enabled = "auto".equals(setting) ? databaseUrl.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting);
        if (enabled) {
            LOG.warn("Demo accounts are ON (assessor, panel, policy, auditor; password 'demo'). Configure real accounts "
                + "(care-rules.accounts) or tokens and set care-rules.demo-accounts.enabled=false before real use.");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public List<Account> accounts() {
        if (!enabled) {
            return List.of();
        }
        String hash = DEMO_PASSWORD_HASH;
        return DEMO.entrySet().stream().map(e -> {
            Account a = new Account(e.getKey());
            a.setPasswordHash(hash);
            a.setRoles(List.of(e.getValue()));
            return a;
        }).toList();
    }
}
