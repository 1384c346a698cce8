package uk.carerules.decisions;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.carerules.audit.ChainVerifier;
import uk.carerules.web.UnprocessableException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions that arrive together are written together (DecisionLedger): these tests hold the writer on one decision
 * so that the next ones queue up and are written as one batch, then check what each request is told and what is stored.
 */
class GroupCommitTest {

    private ApplicationContext context;
    private DecisionLedger ledger;
    private DecisionRepository decisions;
    private ExecutorService requests;

    @BeforeEach
    void start() {
        context = ApplicationContext.run(Map.of(), "test");
        ledger = context.getBean(DecisionLedger.class);
        decisions = context.getBean(DecisionRepository.class);
        requests = Executors.newFixedThreadPool(24);
    }

    @AfterEach
    void stop() {
        requests.shutdownNow();
        context.close();
    }

    @Test
    void aDecisionThatBreaksTheBatchFailsAloneAndTheOthersAreStoredInOneChain() throws Exception {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<DecisionRecord> first = submit(draft("GC-FIRST", null), "tester", () -> {
            writerHeld.countDown();
            await(release);
        });
        assertThat(writerHeld.await(30, TimeUnit.SECONDS)).isTrue();

        List<CompletableFuture<DecisionRecord>> good = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            good.add(submit(draft("GC-" + i, null), "tester", AppendGuard.NONE));
        }
        // person_ref is VARCHAR(64): the request layer never lets this through; here it makes its batch's INSERT fail.
        CompletableFuture<DecisionRecord> bad = submit(draft("X".repeat(65), null), "tester", AppendGuard.NONE);
        awaitQueued(11);
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).personRef()).isEqualTo("GC-FIRST");
        List<DecisionRecord> stored = new ArrayList<>();
        for (CompletableFuture<DecisionRecord> f : good) {
            stored.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(RuntimeException.class);
        assertThat(stored).extracting(DecisionRecord::seq).doesNotHaveDuplicates().allMatch(seq -> seq > 1);
        assertThat(decisions.count()).isEqualTo(11);
        assertThat(decisions.findAll(null, io.micronaut.data.model.Pageable.from(0, 50)).getContent())
            .extracting(DecisionRecord::personRef).doesNotContain("X".repeat(65));
        assertThat(context.getBean(ChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    void guardsInOneBatchSeeTheDecisionsBeforeThemSoOnlyOneCorrectionOfADecisionIsStored() throws Exception {
        DecisionRecord original = ledger.append(draft("GC-P", null), "tester");
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<DecisionRecord> holder = submit(draft("GC-HOLD", null), "tester", () -> {
            writerHeld.countDown();
            await(release);
        });
        assertThat(writerHeld.await(30, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<DecisionRecord>> corrections = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            corrections.add(submit(draft("GC-P", original.id()), "tester", AppendGuard.NONE));
        }
        awaitQueued(5);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        long stored = 0;
        for (CompletableFuture<DecisionRecord> c : corrections) {
            try {
                c.get(30, TimeUnit.SECONDS);
                stored++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UnprocessableException.class).hasMessageContaining("already superseded");
            }
        }
        assertThat(stored).isEqualTo(1);
        assertThat(context.getBean(ChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    void aSignedInNameOfAnEmailAddressLengthIsStored() {
        String longName = "a".repeat(64) + "@" + "b".repeat(200) + ".example.org";
        DecisionRecord stored = ledger.append(draft("GC-LONG", null), longName);
        assertThat(decisions.findById(stored.id()).orElseThrow().decidedBy()).isEqualTo(longName);
    }

    @Test
    void onceTheServiceIsStoppingADecisionIsRefusedAtOnceNeverLeftWaiting() throws Exception {
        DecisionLedger stopped = ledger;
        context.close();
        CompletableFuture<DecisionRecord> late = CompletableFuture.supplyAsync(() -> stopped.append(draft("GC-LATE", null), "tester"), requests);
        assertThatThrownBy(() -> late.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
            .hasMessageContaining("stopping");
        context = ApplicationContext.run(Map.of(), "test"); // for stop()
    }

    private CompletableFuture<DecisionRecord> submit(DecisionDraft draft, String user, AppendGuard guard) {
        return CompletableFuture.supplyAsync(() -> ledger.append(draft, user, guard), requests);
    }

    private void awaitQueued(int count) throws InterruptedException {
        for (int i = 0; i < 3000 && ledger.queued() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(ledger.queued()).as("decisions waiting for the writer").isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DecisionDraft draft(String personRef, String supersedes) {
        return new DecisionDraft(DecisionKind.ELIGIBILITY, personRef, LocalDate.of(2024, 5, 10), "CARE_ACT_2014_ADULT", "ELIGIBLE",
            null, null, null, null, supersedes, Map.of("personRef", personRef), Map.of("eligible", true), List.of(), List.of());
    }
}
