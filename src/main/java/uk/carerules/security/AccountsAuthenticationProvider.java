package uk.carerules.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic against the configured accounts (and the demo accounts where they are on). BCrypt is
 * slow on purpose (checked on the blocking executor, not the event loop), so a credential that has been checked once is remembered by its SHA-256, never in clear.
 */
@Singleton
public class AccountsAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    public AccountsAuthenticationProvider(List<Account> configured, DemoAccounts demo) {
        demo.accounts().forEach(a -> accounts.put(a.getUsername(), a));
        configured.forEach(a -> accounts.put(a.getUsername(), a));
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> authentication) {
        String username = authentication.getIdentity();
        String password = authentication.getSecret();
        Account account = accounts.get(username);
        if (account == null || account.getPasswordHash() == null || password == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        String fingerprint = fingerprint(username, password);
        if (!fingerprint.equals(verified.get(username))) {
            if (!BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), account.getPasswordHash().getBytes(StandardCharsets.UTF_8)).verified) {
                return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
            }
            verified.put(username, fingerprint);
        }
        return AuthenticationResponse.success(username, account.getRoles());
    }

    private static String fingerprint(String username, String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((username + "\u0000" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
