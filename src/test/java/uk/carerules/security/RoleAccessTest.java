package uk.carerules.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role tried against each endpoint: only the roles an endpoint states get past the door. */
@MicronautTest
class RoleAccessTest {

    @Inject
    EmbeddedServer server;

    record Endpoint(String method, String path, Object body, Set<String> allowed) {
    }

    static final List<String> USERS = List.of("assessor", "panel", "policy", "auditor");

    static final List<Endpoint> ENDPOINTS = List.of(
        new Endpoint("POST", "/api/eligibility", Cases.facs("R-1", "2012-03-01", "VITAL"), Set.of("assessor")),
        new Endpoint("GET", "/api/questionnaire?date=2025-06-01", null, Set.of("assessor", "panel", "policy", "auditor")),
        new Endpoint("POST", "/api/allocations", Map.of(), Set.of("assessor")),
        new Endpoint("POST", "/api/carer-allocations", Map.of(), Set.of("assessor")),
        new Endpoint("POST", "/api/allocations/x/support-plan", Map.of(), Set.of("assessor")),
        new Endpoint("POST", "/api/allocations/x/panel-decision", Map.of(), Set.of("panel")),
        new Endpoint("GET", "/api/decisions/x", null, Set.of("assessor", "panel", "auditor")),
        new Endpoint("GET", "/api/decisions", null, Set.of("auditor")),
        new Endpoint("POST", "/api/decisions/x/replay", Map.of(), Set.of("auditor")),
        new Endpoint("POST", "/api/replays", Map.of(), Set.of("auditor")),
        new Endpoint("GET", "/api/audit/verify", null, Set.of("auditor")),
        new Endpoint("GET", "/api/rulesets", null, Set.of("policy", "auditor")),
        new Endpoint("POST", "/api/rulesets/validate", Map.of(), Set.of("policy")),
        new Endpoint("POST", "/api/what-if", Map.of(), Set.of("policy")),
        new Endpoint("GET", "/api/what-if/x", null, Set.of("policy")),
        new Endpoint("POST", "/api/calibration", Map.of(), Set.of("policy")));

    @Test
    void everyRoleOnlyWhereItBelongs() {
        for (Endpoint e : ENDPOINTS) {
            try (Api anonymous = new Api(server.getURL(), null, null)) {
                Api.Answer a = call(anonymous, e);
                assertThat(a.status()).as("%s %s without credentials", e.method(), e.path()).isEqualTo(401);
                assertThat(a.contentType()).isEqualTo("application/problem+json");
            }
            for (String user : USERS) {
                try (Api api = new Api(server.getURL(), user, "demo")) {
                    Api.Answer a = call(api, e);
                    if (e.allowed().contains(user)) {
                        assertThat(a.status()).as("%s %s as %s", e.method(), e.path(), user).isNotIn(401, 403);
                    } else {
                        assertThat(a.status()).as("%s %s as %s", e.method(), e.path(), user).isEqualTo(403);
                        assertThat(a.contentType()).isEqualTo("application/problem+json");
                    }
                }
            }
        }
    }

    @Test
    void wrongPasswordIsNotSignedInAndHealthStaysOpen() {
        try (Api api = new Api(server.getURL(), "assessor", "wrong")) {
            assertThat(api.get("/api/questionnaire").status()).isEqualTo(401);
        }
        try (Api anonymous = new Api(server.getURL(), null, null)) {
            Api.Answer health = anonymous.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).containsEntry("status", "UP");
        }
    }

    @Test
    void decisionsRecordTheSignedInUserNeverANameFromTheBody() {
        try (Api api = new Api(server.getURL(), "assessor", "demo")) {
            Api.Answer a = api.post("/api/eligibility", Cases.facs("R-2", "2012-03-01", "VITAL"));
            assertThat(a.body().get("decidedBy")).isEqualTo("assessor");
            Map<String, Object> body = new java.util.HashMap<>(Cases.facs("R-2", "2012-03-01", "VITAL"));
            body.put("decidedBy", "someone-else");
            assertThat(api.post("/api/eligibility", body).status()).isEqualTo(400);
        }
    }

    private static Api.Answer call(Api api, Endpoint e) {
        return e.method().equals("GET") ? api.get(e.path()) : api.post(e.path(), e.body());
    }
}
