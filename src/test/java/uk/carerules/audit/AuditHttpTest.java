package uk.carerules.audit;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuditHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(server.getURL());
    }

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void everyKindOfDecisionReplaysIdentically() {
        String e = api.post("/api/eligibility", Cases.careActEligible("A-1", "2024-05-10")).string("decisionId");
        String f = api.post("/api/eligibility", Cases.facs("A-2", "2012-03-01", "MAJORITY")).string("decisionId");
        String a = api.post("/api/allocations", Cases.allocation("A-1", "2024-06-01", e, Cases.answers("C", "B"))).string("decisionId");
        String s = api.post("/api/allocations/" + a + "/support-plan", Map.of("route", "MANAGED_ACCOUNT",
            "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 7.5, "unitCost", 21.35)))).string("decisionId");
        for (String id : List.of(e, f, a, s)) {
            Api.Answer replay = api.post("/api/decisions/" + id + "/replay", Map.of());
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.body().get("identical")).as("replay of %s: %s", id, replay.body()).isEqualTo(true);
            assertThat(replay.body().get("rerun")).isEqualTo(true);
        }
        Api.Answer batch = api.post("/api/replays", Map.of("kind", "ALLOCATION"));
        assertThat(batch.body().get("differing")).isEqualTo(0);
        assertThat(((Number) batch.body().get("checked")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(api.post("/api/replays", Map.of("kind", "NOPE")).status()).isEqualTo(400);
        assertThat(api.post("/api/decisions/nope/replay", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aRowAlteredWithPlainSqlBreaksTheChainAtThatRow() throws Exception {
        api.post("/api/eligibility", Cases.facs("T-1", "2012-03-01", "VITAL"));
        String victim = api.post("/api/eligibility", Cases.facs("T-2", "2012-03-01", "SEVERAL")).string("decisionId");
        api.post("/api/eligibility", Cases.facs("T-3", "2012-03-01", "ONE_OR_TWO"));
        assertThat(api.get("/api/audit/verify").body().get("ok")).isEqualTo(true);

        // plain SQL on a raw connection, as someone with database access would do it
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE decision SET outcome = 'ELIGIBLE' WHERE id = ?")) {
            update.setString(1, victim);
            assertThat(update.executeUpdate()).isEqualTo(1);
            Map<String, Object> verify = api.get("/api/audit/verify").body();
            assertThat(verify.get("ok")).isEqualTo(false);
            assertThat(verify.get("firstBrokenDecisionId")).isEqualTo(victim);
            // put it back so the other tests in this context see a whole chain
            try (PreparedStatement undo = c.prepareStatement("UPDATE decision SET outcome = 'NOT_ELIGIBLE' WHERE id = ?")) {
                undo.setString(1, victim);
                undo.executeUpdate();
            }
        }
        assertThat(api.get("/api/audit/verify").body().get("ok")).isEqualTo(true);
    }

    @Test
    void aCorrectionSupersedesTheEarlierDecisionAndTheRecordShowsBoth() {
        String first = api.post("/api/eligibility", Cases.facs("S-1", "2012-03-01", "SEVERAL")).string("decisionId");
        Map<String, Object> correction = new java.util.HashMap<>(Cases.facs("S-1", "2012-03-01", "MAJORITY"));
        correction.put("supersedes", first);
        Api.Answer second = api.post("/api/eligibility", correction);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("supersedes")).isEqualTo(first);
        assertThat(api.get("/api/decisions/" + first).body().get("supersededBy")).isEqualTo(second.string("decisionId"));
        assertThat(api.get("/api/decisions/" + first).body().get("outcome")).isEqualTo("NOT_ELIGIBLE");
        assertThat(api.post("/api/eligibility", correction).status()).as("a decision is superseded once").isEqualTo(422);
        Map<String, Object> otherPerson = new java.util.HashMap<>(Cases.facs("S-2", "2012-03-01", "MAJORITY"));
        otherPerson.put("supersedes", second.string("decisionId"));
        assertThat(api.post("/api/eligibility", otherPerson).status()).isEqualTo(422);
    }

    @Test
    void auditorsSearchByKindPersonOutcomeAndRulesetNewestFirst() {
        String e1 = api.post("/api/eligibility", Cases.facs("Q-1", "2012-03-01", "VITAL")).string("decisionId");
        String e2 = api.post("/api/eligibility", Cases.facs("Q-1", "2012-03-02", "NONE")).string("decisionId");
        Api.Answer page = api.get("/api/decisions?personRef=Q-1&kind=ELIGIBILITY");
        assertThat(page.status()).isEqualTo(200);
        List<Map<String, Object>> items = page.list("items");
        assertThat(items).extracting(m -> m.get("decisionId")).containsExactly(e2, e1);
        assertThat(page.body().get("totalItems")).isEqualTo(2);
        assertThat(api.get("/api/decisions?personRef=Q-1&outcome=ELIGIBLE").list("items")).extracting(m -> m.get("decisionId"))
            .containsExactly(e1);
        String version = (String) items.get(0).get("rulesetVersion");
        assertThat(api.get("/api/decisions?personRef=Q-1&rulesetVersion=" + version).list("items")).hasSize(2);
        assertThat(api.get("/api/decisions?personRef=Q-1&assessedFrom=2012-03-02").list("items")).hasSize(1);
        assertThat(api.get("/api/decisions?personRef=Q-1&size=1&page=1").list("items")).extracting(m -> m.get("decisionId"))
            .containsExactly(e1);
        assertThat(api.get("/api/decisions?personRef=Q-1&decidedBy=tester").list("items")).hasSize(2);
        Api.Answer bad = api.get("/api/decisions?kind=X&from=yesterday&size=100000");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.list("errors")).extracting(m -> m.get("field")).containsExactlyInAnyOrder("kind", "from", "size");
    }

    @Test
    void rulesetVersionsAreListedWithTheirTextAndFirstUse() {
        Api.Answer decision = api.post("/api/eligibility", Cases.facs("R-1", "2012-03-01", "VITAL"));
        String hash = decision.string("rulesetVersion");
        Api.Answer list = api.get("/api/rulesets");
        assertThat(list.list("items")).anySatisfy(v -> {
            assertThat(v.get("hash")).isEqualTo(hash);
            assertThat(v.get("firstUsedAt")).isNotNull();
            assertThat(v.get("effectiveTo")).isEqualTo("2015-03-31");
        });
        Api.Answer text = api.get("/api/rulesets/" + hash);
        assertThat(text.map("files")).containsKeys("eligibility/facs-2010/ruleset.yml", "eligibility/facs-2010/threshold.drl");
        assertThat(api.get("/api/rulesets/sha256:nope").status()).isEqualTo(404);
    }
}
