package uk.carerules.reliability;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several caseworkers correct the same decision at the same moment. A decision is superseded at most once, so one
 * correction is stored and the others are told (422) that it was already superseded: never a 500.
 */
class ConcurrentCorrectionTest {

    static final int AT_ONCE = 8;

    @Test
    void simultaneousCorrectionsOfOneDecisionStoreOneAndRefuseTheRestWith422() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
             Api api = new Api(server.getURL())) {
            for (int round = 0; round < 10; round++) {
                String person = "CC-" + round;
                String original = api.post("/api/eligibility", Cases.careActNotEligible(person, "2024-05-10")).string("decisionId");
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Api.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    Map<String, Object> correction = new HashMap<>(Cases.careActEligible(person, "2024-05-10"));
                    correction.put("supersedes", original);
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try (Api caseworker = new Api(server.getURL())) {
                            go.await();
                            return caseworker.post("/api/eligibility", correction);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }, pool));
                }
                go.countDown();
                List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(Api.Answer::status).toList();
                assertThat(statuses).as("round %d", round).containsOnly(201, 422);
                assertThat(statuses.stream().filter(s -> s == 201).count()).as("stored corrections, round %d", round).isEqualTo(1);
                answers.stream().map(CompletableFuture::join).filter(a -> a.status() == 422).forEach(a -> {
                    assertThat(a.contentType()).isEqualTo("application/problem+json");
                    assertThat(a.list("errors")).extracting(e -> e.get("field")).containsExactly("supersedes");
                });
            }
            assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true);
        } finally {
            pool.shutdownNow();
        }
    }
}
