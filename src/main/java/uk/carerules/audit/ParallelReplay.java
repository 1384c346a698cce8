package uk.carerules.audit;

import uk.carerules.decisions.DecisionRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays a list of decisions on a fixed set of worker threads. Each worker takes the next decision not yet taken,
 * so a slow decision never leaves a core idle, and writes its outcome at the decision's own index: the outcomes
 * come back in the order of the list, whichever worker replayed what.
 */
final class ParallelReplay implements AutoCloseable {

    /** How one decision's replay ended; {@code error} only when it could not be replayed. */
    record Outcome(boolean identical, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final Replayer replayer;
    private final int threads;
    private final ExecutorService workers;

    ParallelReplay(Replayer replayer, int threads) {
        this.replayer = replayer;
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts replaying; the caller is free to do other work (read the next chunk) until it asks for the outcomes. */
    Running start(List<DecisionRecord> batch) {
        Outcome[] outcomes = new Outcome[batch.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, batch.size()); w++) {
            tasks.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                    outcomes[i] = replay(batch.get(i));
                }
            }));
        }
        return new Running(outcomes, tasks);
    }

    private Outcome replay(DecisionRecord decision) {
        try {
            return new Outcome(replayer.replay(decision).identical(), null);
        } catch (RuntimeException e) {
            return new Outcome(false, String.valueOf(e.getMessage()));
        }
    }

    /** A list being replayed. */
    static final class Running {
        private final Outcome[] outcomes;
        private final List<Future<?>> tasks;

        private Running(Outcome[] outcomes, List<Future<?>> tasks) {
            this.outcomes = outcomes;
            this.tasks = tasks;
        }

        /** Waits for every worker (which also makes their writes to the array visible here), in list order. */
        List<Outcome> outcomes() {
            try {
                for (Future<?> task : tasks) {
                    task.get();
                }
            } catch (InterruptedException e) {
                tasks.forEach(t -> t.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while replaying", e);
            } catch (ExecutionException e) {
                // replay() catches RuntimeException, so only an Error (out of memory, say) gets here: not a decision's fault
                tasks.forEach(t -> t.cancel(true));
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            return List.of(outcomes);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
