package uk.carerules.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.carerules.decisions.DecisionRecord;

import java.util.ArrayList;
import java.util.List;

/** Counts a batch's outcomes in chain order: whole counts, and the differing and failed ids up to a limit. */
final class ReplayTally {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayTally.class);
    private static final int MAX_IDS = 1000;

    private long checked;
    private long identical;
    private long differing;
    private long failed;
    private final List<String> differingIds = new ArrayList<>();
    private final List<String> failedIds = new ArrayList<>();
    private boolean truncated;

    /** The decisions and their outcomes, index for index. */
    void add(List<DecisionRecord> decisions, List<ParallelReplay.Outcome> outcomes) {
        for (int i = 0; i < decisions.size(); i++) {
            DecisionRecord d = decisions.get(i);
            ParallelReplay.Outcome outcome = outcomes.get(i);
            checked++;
            if (outcome.failed()) {
                failed++;
                truncated |= !addCapped(failedIds, d.id());
                LOG.warn("Decision {} could not be replayed: {}", d.id(), outcome.error());
            } else if (outcome.identical()) {
                identical++;
            } else {
                differing++;
                truncated |= !addCapped(differingIds, d.id());
            }
        }
    }

    BatchReplayResult result(long millis) {
        return new BatchReplayResult(checked, identical, differing, differingIds, failed, failedIds, truncated, millis);
    }

    private static boolean addCapped(List<String> ids, String id) {
        if (ids.size() >= MAX_IDS) {
            return false;
        }
        ids.add(id);
        return true;
    }
}
