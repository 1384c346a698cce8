package uk.carerules.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTest {

    @Test
    void theStoredDemoHashVerifiesThePublishedPasswordAndNothingElse() {
        assertThat(BCrypt.verifyer().verify("demo".toCharArray(), DemoAccounts.DEMO_PASSWORD_HASH).verified).isTrue();
        assertThat(BCrypt.verifyer().verify("Demo".toCharArray(), DemoAccounts.DEMO_PASSWORD_HASH).verified).isFalse();
    }

    @Test
    void demoAccountsAreOnForTheEmbeddedDatabaseOnlyUnlessSaidOtherwise() {
        assertThat(new DemoAccounts("auto", "jdbc:h2:file:./data/care-rules").accounts()).extracting(Account::getUsername)
            .containsExactlyInAnyOrder("assessor", "panel", "policy", "auditor");
        assertThat(new DemoAccounts("auto", "jdbc:postgresql://db/care").accounts()).isEmpty();
        assertThat(new DemoAccounts("false", "jdbc:h2:mem:x").accounts()).isEmpty();
    }
}
