package uk.carerules.reliability;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several panel members record the panel's first decision on one allocation at the same moment. The panel decides once
 * on what was put to it, so exactly one is stored; the others are told (422) that it has decided and how to change it.
 * The check is repeated when the decision takes its place in the chain: without that, each request saw no earlier
 * panel decision and all were stored.
 */
class ConcurrentPanelDecisionTest {

    static final int AT_ONCE = 8;

    @Test
    void simultaneousFirstPanelDecisionsStoreOneAndRefuseTheRestWith422() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
             Api api = new Api(server.getURL())) {
            for (int round = 0; round < 10; round++) {
                String person = "CP-" + round;
                String eligibility = api.post("/api/eligibility", Cases.careActEligible(person, "2024-05-10")).string("decisionId");
                Api.Answer allocation = api.post("/api/allocations", Cases.allocation(person, "2024-05-10", eligibility, Cases.answers("D", "A")));
                assertThat(allocation.map("panel").get("required")).as("this allocation goes to the panel").isEqualTo(true);
                String allocationId = allocation.string("decisionId");
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Api.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    Map<String, Object> decision = Map.of("decision", "APPROVED", "reason", "Panel member " + i + " records the approval");
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try (Api member = new Api(server.getURL())) {
                            go.await();
                            return member.post("/api/allocations/" + allocationId + "/panel-decision", decision);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }, pool));
                }
                go.countDown();
                List<Api.Answer> answered = answers.stream().map(CompletableFuture::join).toList();
                assertThat(answered).extracting(Api.Answer::status).as("round %d", round).containsOnly(201, 422);
                assertThat(answered.stream().filter(a -> a.status() == 201).count()).as("stored panel decisions, round %d", round)
                    .isEqualTo(1);
                answered.stream().filter(a -> a.status() == 422).forEach(a -> {
                    assertThat(a.contentType()).isEqualTo("application/problem+json");
                    assertThat(a.list("errors")).extracting(e -> e.get("field")).containsExactly("supersedes");
                });
                Map<String, Object> related = api.get("/api/decisions?kind=PANEL_DECISION&personRef=" + person).body();
                assertThat((List<?>) related.get("items")).as("panel decisions stored for %s", person).hasSize(1);
            }
            assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true);
        } finally {
            pool.shutdownNow();
        }
    }
}
