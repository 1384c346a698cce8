package uk.carerules.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.carerules.decisions.CanonicalJson;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityService;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch replay runs on every core: it must still count every decision once, and list exactly the decisions that
 * differ or fail, in chain order, across chunk boundaries.
 */
@MicronautTest(transactional = false)
class BatchReplayTest {

    private static final String[] LEVELS = {"VITAL", "MAJORITY", "SEVERAL", "ONE_OR_TWO", "NONE"};

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    EligibilityService eligibility;

    @Inject
    JsonMapper mapper;

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
    void everyDecisionIsCountedOnceAndEveryDifferingOneListedInChainOrder() throws Exception {
        // more than two chunks of 500, stored four at a time (the chain order is read back from the database)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < 1201; i++) {
                EligibilityRequest request = request(Cases.facs("B-" + i, "2012-03-0" + (1 + i % 5), LEVELS[i % LEVELS.length]));
                made.add(pool.submit(() -> eligibility.decide(request, "tester")));
            }
            for (Future<?> f : made) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> chain = ids("SELECT id FROM decision WHERE person_ref LIKE 'B-%' ORDER BY seq");
        assertThat(chain).hasSize(1201);

        // differing: around each chunk boundary, at the ends, and by output, reasons and rules fired
        List<Integer> differing = List.of(0, 498, 499, 500, 501, 999, 1000, 1200);
        List<Integer> failing = List.of(250, 750, 1100);
        String[] tampers = {
            "UPDATE decision SET fired_rules = '[\"a rule that never fired\"]' WHERE id = ?",
            "UPDATE decision SET reasons = '[]' WHERE id = ?",
            "UPDATE decision SET output = REPLACE(output, '\"eligible\":', '\"eligible\": 0, \"was\":') WHERE id = ?"};
        for (int k = 0; k < differing.size(); k++) {
            update(tampers[k % tampers.length], chain.get(differing.get(k)));
        }
        for (int i : failing) {
            update("UPDATE decision SET input = 'not json' WHERE id = ?", chain.get(i));
        }

        Api.Answer batch = api.post("/api/replays", Map.of("assessedFrom", "2012-03-01", "assessedTo", "2012-03-05"));
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.body()).containsEntry("checked", 1201).containsEntry("identical", 1201 - 8 - 3)
            .containsEntry("differing", 8).containsEntry("failed", 3).containsEntry("idsTruncated", false);
        assertThat(batch.body().get("differingIds")).isEqualTo(differing.stream().map(chain::get).toList());
        assertThat(batch.body().get("failedIds")).isEqualTo(failing.stream().map(chain::get).toList());
        // each tamper is found on its own, field by field
        for (int k = 0; k < 3; k++) {
            Api.Answer one = api.post("/api/decisions/" + chain.get(differing.get(k)) + "/replay", Map.of());
            assertThat(one.body().get("identical")).isEqualTo(false);
            assertThat(one.list("differences")).isNotEmpty();
        }
    }

    @Test
    void storedJsonWithOtherKeyOrderSpacingOrExponentsIsTheSameValueButAnotherScaleIsNot() throws Exception {
        String e = api.post("/api/eligibility", Cases.careActEligible("F-1", "2024-05-10")).string("decisionId");
        String a = api.post("/api/allocations", Cases.allocation("F-1", "2024-06-01", e, Cases.answers("B", "A"))).string("decisionId");
        String stored = value("SELECT output FROM decision WHERE id = ?", a);
        assertThat(stored).contains("\"weeklyIndicativeBudget\":116.00");
        try {
            // the same tree written another way: keys in reverse order, spaced out, every decimal as unscaled E-scale
            String other = reordered(CanonicalJson.tree(stored));
            assertThat(other).isNotEqualTo(stored).contains("11600E-2");
            update("UPDATE decision SET output = ? WHERE id = ?", other, a);
            Api.Answer same = api.post("/api/decisions/" + a + "/replay", Map.of());
            assertThat(same.body().get("identical")).as("%s", same.body()).isEqualTo(true);
            assertThat(api.post("/api/replays", Map.of("kind", "ALLOCATION")).body())
                .containsEntry("identical", 1).containsEntry("differing", 0);

            // pennies are part of the value: 116.0 is not what was stored as 116.00
            update("UPDATE decision SET output = ? WHERE id = ?", stored.replace("\"weeklyIndicativeBudget\":116.00", "\"weeklyIndicativeBudget\":116.0"), a);
            Api.Answer scale = api.post("/api/decisions/" + a + "/replay", Map.of());
            assertThat(scale.body().get("identical")).isEqualTo(false);
            assertThat(scale.list("differences")).singleElement().satisfies(d -> {
                assertThat(d.get("field")).isEqualTo("output.weeklyIndicativeBudget");
                // the same number to the client here, which reads both as doubles: only the pennies differ
                assertThat(((Number) d.get("stored")).doubleValue()).isEqualTo(116.0);
                assertThat(((Number) d.get("replayed")).doubleValue()).isEqualTo(116.0);
            });
            assertThat(api.post("/api/replays", Map.of("kind", "ALLOCATION")).body().get("differingIds")).isEqualTo(List.of(a));
        } finally {
            update("UPDATE decision SET output = ? WHERE id = ?", stored, a);
        }
    }

    private static String reordered(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            StringBuilder out = new StringBuilder("{ ");
            for (int i = names.size() - 1; i >= 0; i--) {
                out.append(CanonicalJson.canonical(new com.fasterxml.jackson.databind.node.TextNode(names.get(i))))
                    .append(" :\n  ").append(reordered(node.get(names.get(i)))).append(i > 0 ? " ,\n" : "\n");
            }
            return out.append("}").toString();
        }
        if (node.isArray()) {
            return IntStream.range(0, node.size()).mapToObj(i -> reordered(node.get(i))).reduce((x, y) -> x + " , " + y)
                .map(s -> "[ " + s + " ]").orElse("[ ]");
        }
        if (node.isBigDecimal() && node.decimalValue().scale() > 0) {
            BigDecimal d = node.decimalValue();
            return d.unscaledValue() + "E-" + d.scale();
        }
        return CanonicalJson.canonical(node);
    }

    private EligibilityRequest request(Map<String, Object> body) throws Exception {
        return mapper.readValue(mapper.writeValueAsBytes(body), EligibilityRequest.class);
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    private List<String> ids(String query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private String value(String query, String id) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }

    private void update(String statement, String... values) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
