package uk.carerules.decisions;

/**
 * A condition a decision must still meet when it is appended: checked under the chain lock, in the transaction that
 * stores it, after every decision before it in the chain. A request checks its preconditions early to answer fast; a
 * guard repeats the ones that another request could change in the meantime (two panels deciding at once, say), so the
 * store never holds two decisions that each assumed the other did not exist.
 */
@FunctionalInterface
public interface AppendGuard {

    AppendGuard NONE = () -> { };

    /** Throws a {@link uk.carerules.web.ProblemException} (e.g. a 422) to refuse the decision; nothing is stored then. */
    void check();
}
