package uk.carerules.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Cases;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A deployment that issues tokens: a bearer JWT signed with the configured secret signs a user in with its roles. */
@MicronautTest
@Property(name = "micronaut.security.token.jwt.signatures.secret.validation.secret", value = BearerTokenTest.SECRET)
class BearerTokenTest {

    static final String SECRET = "a-test-secret-that-is-at-least-256-bits-long-0123456789";

    @Inject
    EmbeddedServer server;

    @Test
    void aSignedTokenWithTheAssessorRoleCanDecideAndIsRecordedAsItsSubject() throws Exception {
        try (HttpClient client = HttpClient.create(server.getURL())) {
            var response = client.toBlocking().exchange(HttpRequest.POST("/api/eligibility", Cases.facs("J-1", "2012-03-01", "VITAL"))
                .bearerAuth(token("care-manager-17", List.of("ASSESSOR"), SECRET)), Map.class);
            assertThat(response.code()).isEqualTo(201);
            assertThat(response.body().get("decidedBy")).isEqualTo("care-manager-17");

            HttpClientResponseException wrongRole = catchThrowableOfType(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/audit/verify").bearerAuth(token("care-manager-17", List.of("ASSESSOR"), SECRET)), Map.class),
                HttpClientResponseException.class);
            assertThat(wrongRole.code()).isEqualTo(403);

            HttpClientResponseException forged = catchThrowableOfType(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/eligibility", Cases.facs("J-2", "2012-03-01", "VITAL"))
                    .bearerAuth(token("intruder", List.of("ADMIN"), "another-secret-that-is-also-256-bits-long-abcdefghij")), Map.class),
                HttpClientResponseException.class);
            assertThat(forged.code()).isEqualTo(401);
        }
    }

    private static String token(String subject, List<String> roles, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(subject)
            .claim("roles", roles).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
