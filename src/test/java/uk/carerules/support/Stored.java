package uk.carerules.support;

import io.micronaut.data.model.Pageable;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;

import java.util.ArrayList;
import java.util.List;

/** What a service has stored, read straight from its repository. */
public final class Stored {

    private Stored() {
    }

    /** The id of every stored decision, in chain order. */
    public static List<String> ids(DecisionRepository decisions) {
        List<String> ids = new ArrayList<>();
        long seq = 0;
        while (true) {
            List<DecisionRecord> chunk = decisions.findBySeqGreaterThanOrderBySeq(seq, Pageable.from(0, 2000));
            chunk.forEach(d -> ids.add(d.id()));
            if (chunk.size() < 2000) {
                return ids;
            }
            seq = chunk.get(chunk.size() - 1).seq();
        }
    }
}
