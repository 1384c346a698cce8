package uk.carerules.decisions;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Appends decisions to the store: each is stored whole, linked into the chain, or not at all.
 *
 * <p>Appends are serialised by the chain (one head, locked in the database so that instances sharing it agree).
 * Rather than have every request take that lock and commit on its own, decisions that arrive together are written
 * together (group commit): a request queues its decision and waits; one writer thread takes everything queued, in
 * arrival order, writes it in one transaction and completes each request after the commit. A request therefore
 * answers only once its own decision is committed, as before, while the lock and the commit (on H2, the write of the
 * changed pages to the file) are paid once per batch instead of once per decision.
 */
@Singleton
public class DecisionLedger implements AutoCloseable {

    static final Logger LOG = LoggerFactory.getLogger(DecisionLedger.class);

    /** Bounds one transaction; at 64 concurrent requests batches stay well under it. */
    private static final int MAX_BATCH = 256;

    /**
     * Time-ordered ids (UUID version 7): still opaque and unguessable (74 random bits), but each new id sorts after the
     * last, so inserting one touches the end of the primary key's index instead of a random page of it.
     */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    private final ChainWriter writer;
    private final TransactionOperations<Connection> transactions;
    private final CanonicalJson json;
    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    private final Set<String> storedVersions = ConcurrentHashMap.newKeySet();
    private final Thread writerThread;
    private volatile boolean closed;

    public DecisionLedger(ChainWriter writer, TransactionOperations<Connection> transactions, CanonicalJson json) {
        this.writer = writer;
        this.transactions = transactions;
        this.json = json;
        this.writerThread = new Thread(this::writeWhileOpen, "decision-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    public DecisionRecord append(DecisionDraft draft, String decidedBy) {
        return append(draft, decidedBy, AppendGuard.NONE);
    }

    /** Appends a decision that is stored only if {@code guard} still passes once its place in the chain is known. */
    public DecisionRecord append(DecisionDraft draft, String decidedBy, AppendGuard guard) {
        // The JSON does not depend on the chain: written here, on the request's thread, in parallel.
        PendingAppend pending = new PendingAppend(IDS.generate().toString(), draft, decidedBy, guard, json.write(draft.input()), json.write(draft.output()),
            json.write(draft.reasons()), json.write(draft.firedRules()), new CompletableFuture<>());
        if (closed) {
            throw stopping();
        }
        queue.add(pending);
        if (closed && queue.remove(pending)) {
            // Stopping, and neither the writer nor close() took it: nobody else will answer it. (If the writer took it,
            // the writer answers, with the truth about whether it was committed.)
            pending.stored().completeExceptionally(stopping());
        }
        try {
            DecisionRecord stored = pending.stored().join();
            // Logged here, not by the writer, which is the one thread every decision passes through. Ids and the person
            // reference only: the outcome, answers and reasons are personal data and stay in the database.
            LOG.info("Decision {} stored: kind={} personRef={} seq={}", stored.id(), stored.kind(), stored.personRef(), stored.seq());
            return stored;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** How many decisions are waiting for the writer (for tests of batching). */
    int queued() {
        return queue.size();
    }

    private void writeWhileOpen() {
        try {
            writeUntilClosed();
        } finally {
            // However the writer ends, no request may wait for it for ever.
            closed = true;
            refuseQueued();
        }
    }

    private void writeUntilClosed() {
        List<PendingAppend> batch = new ArrayList<>();
        while (!closed) {
            try {
                // polled, not interrupted, to stop: an interrupt can close the database's file channel mid-write
                PendingAppend first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException stopping) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                writeBatch(batch);
            } catch (Throwable fatal) {
                // writeBatch has answered every request in the batch; the writer lives on for the next ones.
                LOG.error("The decision writer failed on a batch of {}", batch.size(), fatal);
            }
            batch.clear();
        }
    }

    /** Stops the writer once the batch it is writing is committed; anything still queued is refused, never left waiting. */
    @PreDestroy
    @Override
    public void close() {
        closed = true;
        try {
            writerThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refuseQueued();
    }

    private void refuseQueued() {
        PendingAppend left;
        while ((left = queue.poll()) != null) {
            left.stored().completeExceptionally(stopping());
        }
    }

    private static IllegalStateException stopping() {
        return new IllegalStateException("The service is stopping: decision not stored");
    }

    private void writeBatch(List<PendingAppend> batch) {
        try {
            ChainWriter.Written written;
            try {
                written = transactions.executeWrite(status -> writer.write(batch, storedVersions));
            } catch (RuntimeException failed) {
                if (batch.size() == 1) {
                    batch.get(0).stored().completeExceptionally(failed);
                    return;
                }
                // Something in the batch broke the transaction (it rolled back whole): write each alone, so that only
                // the decision at fault fails and the others are stored.
                LOG.warn("A batch of {} decisions failed ({}); writing them one at a time", batch.size(), failed.toString());
                batch.forEach(one -> writeBatch(List.of(one)));
                return;
            }
            storedVersions.addAll(written.versionsAlreadyStored());
            for (int i = 0; i < batch.size(); i++) {
                Object outcome = written.outcomes().get(i);
                if (outcome instanceof DecisionRecord stored) {
                    batch.get(i).stored().complete(stored);
                } else {
                    batch.get(i).stored().completeExceptionally((RuntimeException) outcome);
                }
            }
        } catch (Error fatal) {
            // Every request in the batch must hear back, or it would wait for a turn that never stores it.
            batch.forEach(one -> one.stored().completeExceptionally(fatal));
            throw fatal;
        }
    }
}
