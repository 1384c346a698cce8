package uk.carerules.reliability;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.support.Api;
import uk.carerules.support.Load;
import uk.carerules.support.Stored;
import uk.carerules.support.TestDatabase;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer, started together (so they
 * migrate the empty schema at the same time) and deciding at the same time: one unbroken chain, every 201 stored
 * once, and each instance sees all of it. PostgreSQL only (mvn -B verify -Ppostgres).
 */
class TwoInstancesTest {

    @Test
    void twoInstancesOnOneDatabaseKeepOneUnbrokenChain() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "needs PostgreSQL: mvn -B verify -Ppostgres");
        Map<String, Object> config = new HashMap<>(TestDatabase.newSchema());
        config.put("micronaut.server.port", -1);

        CompletableFuture<EmbeddedServer> first = CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, config, "test"));
        CompletableFuture<EmbeddedServer> second = CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, config, "test"));
        try (EmbeddedServer a = first.get(); EmbeddedServer b = second.get(); Api apiA = new Api(a.getURL()); Api apiB = new Api(b.getURL())) {
            Load.Result result = new Load(List.of(a.getURI(), b.getURI()), "tester", "tester")
                .run(16, 200, Duration.ofMinutes(5), Load.mixedDecisions("T"));

            System.out.printf("Two instances: %d decisions in %s; statuses %s%n", result.created().size(), result.took(), result.statuses());
            assertThat(result.finishedInTime()).isTrue();
            assertThat(result.serverErrors()).as("5xx answers").isEmpty();
            assertThat(result.statuses()).containsOnlyKeys(201);
            assertThat(result.created()).hasSize(16 * 200).doesNotHaveDuplicates();

            for (EmbeddedServer s : List.of(a, b)) {
                List<String> stored = Stored.ids(s.getApplicationContext().getBean(DecisionRepository.class));
                assertThat(new HashSet<>(stored)).as("stored, seen from each instance").isEqualTo(new HashSet<>(result.created()));
                assertThat(stored).hasSize(result.created().size());
            }
            for (Api api : List.of(apiA, apiB)) {
                assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true).containsEntry("checked", 16 * 200);
            }
            // FACS, Care Act and 2024-25 rates: each version stored once, though both instances first used it together
            assertThat(apiA.get("/api/rulesets").list("items")).filteredOn(v -> v.get("firstUsedAt") != null)
                .extracting(v -> v.get("hash")).hasSize(3).doesNotHaveDuplicates();
        } finally {
            first.thenAccept(s -> s.getApplicationContext().close());
            second.thenAccept(s -> s.getApplicationContext().close());
        }
    }
}
