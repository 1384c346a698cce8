package uk.carerules.decisions;

import jakarta.inject.Singleton;
import uk.carerules.web.UnprocessableException;

/**
 * Corrections are new decisions that name the one they supersede. The superseded decision must exist,
 * be of the same kind and person, and not already be superseded (a correction corrects the latest).
 */
@Singleton
public class Supersession {

    private final DecisionRepository decisions;

    public Supersession(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    public void check(String supersedes, DecisionKind kind, String personRef) {
        if (supersedes == null) {
            return;
        }
        DecisionRecord old = decisions.findById(supersedes).orElseThrow(() ->
            new UnprocessableException("supersedes", "There is no decision " + supersedes + " to supersede."));
        if (!old.kind().equals(kind.name())) {
            throw new UnprocessableException("supersedes", "Decision " + supersedes + " is a " + old.kind()
                + " decision; a " + kind + " decision can only supersede another " + kind + " decision.");
        }
        if (!old.personRef().equals(personRef)) {
            throw new UnprocessableException("supersedes", "Decision " + supersedes + " is for another person; a correction must be for the same personRef.");
        }
        decisions.findBySupersedes(supersedes).ifPresent(newer -> {
            throw new UnprocessableException("supersedes", "Decision " + supersedes + " was already superseded by " + newer.id()
                + "; supersede that one instead.");
        });
    }

    /** A decision that a later one has corrected cannot be built on: name the correction to use instead. */
    public void requireCurrent(DecisionRecord decision, String field, String what) {
        decisions.findBySupersedes(decision.id()).ifPresent(newer -> {
            throw new UnprocessableException(field, what + " " + decision.id() + " was superseded by " + newer.id()
                + "; use the current one.");
        });
    }
}
