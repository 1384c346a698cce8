package uk.carerules.audit;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.carerules.decisions.DecisionFilter;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;

import java.util.ArrayList;
import java.util.List;

/** Replays every matching decision, reading the chain a chunk at a time so memory stays flat however many there are. */
@Singleton
public class BatchReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(BatchReplayer.class);
    private static final int CHUNK = 500;
    private static final int MAX_IDS = 1000;

    private final DecisionRepository decisions;
    private final Replayer replayer;

    public BatchReplayer(DecisionRepository decisions, Replayer replayer) {
        this.decisions = decisions;
        this.replayer = replayer;
    }

    public BatchReplayResult replay(DecisionFilter filter) {
        long started = System.nanoTime();
        long checked = 0;
        long identical = 0;
        long differing = 0;
        long failed = 0;
        List<String> differingIds = new ArrayList<>();
        List<String> failedIds = new ArrayList<>();
        boolean truncated = false;
        long lastSeq = 0;
        while (true) {
            List<DecisionRecord> chunk = decisions.findBySeqGreaterThanOrderBySeq(lastSeq, Pageable.from(0, CHUNK));
            for (DecisionRecord d : chunk) {
                lastSeq = d.seq();
                if (!filter.matches(d)) {
                    continue;
                }
                checked++;
                try {
                    if (replayer.replay(d).identical()) {
                        identical++;
                    } else {
                        differing++;
                        truncated |= !addCapped(differingIds, d.id());
                    }
                } catch (RuntimeException e) {
                    failed++;
                    truncated |= !addCapped(failedIds, d.id());
                    LOG.warn("Decision {} could not be replayed: {}", d.id(), e.getMessage());
                }
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return new BatchReplayResult(checked, identical, differing, differingIds, failed, failedIds, truncated,
            (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean addCapped(List<String> ids, String id) {
        if (ids.size() >= MAX_IDS) {
            return false;
        }
        ids.add(id);
        return true;
    }
}
