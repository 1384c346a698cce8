package uk.carerules.audit;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import uk.carerules.decisions.ChainHead;
import uk.carerules.decisions.ChainHeadRepository;
import uk.carerules.decisions.DecisionHash;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;

import java.util.List;

/**
 * Walks every stored decision in chain order, a chunk at a time: each must sit at the next position,
 * point at the hash of the one before, and hash to what it says. The first that does not is where the
 * record was altered, removed or inserted.
 */
@Singleton
public class ChainVerifier {

    static final int CHUNK = 1000;
    private static final String GENESIS = "sha256:genesis";

    private final DecisionRepository decisions;
    private final ChainHeadRepository chain;

    public ChainVerifier(DecisionRepository decisions, ChainHeadRepository chain) {
        this.decisions = decisions;
        this.chain = chain;
    }

    public ChainVerification verify() {
        long checked = 0;
        long lastSeq = 0;
        String previousHash = GENESIS;
        String lastId = null;
        while (true) {
            List<DecisionRecord> chunk = decisions.findBySeqGreaterThanOrderBySeq(lastSeq, Pageable.from(0, CHUNK));
            for (DecisionRecord d : chunk) {
                checked++;
                if (d.seq() != lastSeq + 1) {
                    return broken(checked, d.id(), "decision at position " + d.seq() + " follows position " + lastSeq
                        + ": a record between them is missing");
                }
                if (!d.previousHash().equals(previousHash)) {
                    return broken(checked, d.id(), "it does not point at the hash of the decision before it");
                }
                if (!DecisionHash.of(d).equals(d.recordHash())) {
                    return broken(checked, d.id(), "its content no longer matches its hash: the record was altered");
                }
                lastSeq = d.seq();
                previousHash = d.recordHash();
                lastId = d.id();
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        ChainHead head = chain.findHead();
        if (head.seq() != lastSeq || !head.recordHash().equals(previousHash)) {
            return broken(checked, lastId, "the chain ends at position " + lastSeq + " but its head records position " + head.seq()
                + ": decisions at the end were removed");
        }
        return new ChainVerification(true, checked, null, null);
    }

    private static ChainVerification broken(long checked, String id, String problem) {
        return new ChainVerification(false, checked, id, problem);
    }
}
