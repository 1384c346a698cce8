package uk.carerules.reliability;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.support.Api;
import uk.carerules.support.Load;
import uk.carerules.support.Stored;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 caseworkers at once, 500 decisions each, against the real service over HTTP: every decision answered 201 is
 * stored exactly once, nothing else is stored, no request fails on the server, and the chain verifies.
 */
class LoadTest {

    static final int CLIENTS = 32;
    static final int DECISIONS_EACH = 500;

    @Test
    void thirtyTwoClientsFiveHundredDecisionsEachLoseNothingAndKeepOneChain() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
             Api api = new Api(server.getURL())) {
            Load.Result result = new Load(List.of(server.getURI()), "tester", "tester")
                .run(CLIENTS, DECISIONS_EACH, Duration.ofMinutes(8), Load.mixedDecisions("L"));

            System.out.printf("Load: %d decisions by %d clients in %s (%.0f a second); statuses %s%n", result.created().size(), CLIENTS,
                result.took(), result.created().size() / (result.took().toMillis() / 1000.0), result.statuses());
            assertThat(result.finishedInTime()).as("finished within the deadline").isTrue();
            assertThat(result.serverErrors()).as("5xx answers").isEmpty();
            assertThat(result.connectionFailures()).isZero();
            assertThat(result.statuses()).as("every request decided").containsOnlyKeys(201);
            assertThat(result.created()).hasSize(CLIENTS * DECISIONS_EACH).doesNotHaveDuplicates();

            List<String> stored = Stored.ids(server.getApplicationContext().getBean(DecisionRepository.class));
            assertThat(stored).as("stored decisions").hasSize(result.created().size()).doesNotHaveDuplicates();
            assertThat(new HashSet<>(stored)).isEqualTo(new HashSet<>(result.created()));

            Map<String, Object> verify = api.get("/api/audit/verify").body();
            assertThat(verify).containsEntry("ok", true).containsEntry("checked", CLIENTS * DECISIONS_EACH);
        }
    }
}
