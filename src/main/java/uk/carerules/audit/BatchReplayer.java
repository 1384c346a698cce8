package uk.carerules.audit;

import io.micronaut.data.model.Pageable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import uk.carerules.decisions.DecisionFilter;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;

import java.util.List;

/**
 * Replays every matching decision, reading the chain a chunk at a time so memory stays flat however many there are.
 * Each chunk is replayed on every core while the next one is read; the tally takes the results in chain order.
 */
@Singleton
public class BatchReplayer {

    private static final int CHUNK = 500;

    private final DecisionRepository decisions;
    private final Replayer replayer;
    private final ParallelReplay parallel;

    public BatchReplayer(DecisionRepository decisions, Replayer replayer) {
        this.decisions = decisions;
        this.replayer = replayer;
        this.parallel = new ParallelReplay(replayer, Runtime.getRuntime().availableProcessors());
    }

    public BatchReplayResult replay(DecisionFilter filter) {
        long started = System.nanoTime();
        ReplayTally tally = new ReplayTally();
        List<DecisionRecord> chunk = read(0);
        while (!chunk.isEmpty()) {
            List<DecisionRecord> matching = chunk.stream().filter(filter::matches).toList();
            // Compiled once here, in chain order, so the workers never compile the same ruleset side by side.
            matching.stream().map(DecisionRecord::rulesetHash).distinct().forEach(replayer::prepare);
            ParallelReplay.Running running = parallel.start(matching);
            List<DecisionRecord> next = chunk.size() < CHUNK ? List.of() : read(chunk.get(chunk.size() - 1).seq());
            tally.add(matching, running.outcomes());
            chunk = next;
        }
        return tally.result((System.nanoTime() - started) / 1_000_000);
    }

    private List<DecisionRecord> read(long afterSeq) {
        return decisions.findBySeqGreaterThanOrderBySeq(afterSeq, Pageable.from(0, CHUNK));
    }

    @PreDestroy
    void close() {
        parallel.close();
    }
}
