package dev.mlgate.engine.internal.check;

import dev.mlgate.history.internal.SuiteHistory;

/**
 * A check that reads the metrics repository besides its suite's state: an anomaly check. The engine calls
 * {@link #evaluate(Object, SuiteHistory)}; the history-less form is refused, so no caller forgets it.
 *
 * @param <S> the suite state the check reads
 */
public interface HistoryCheck<S> extends Check<S> {

    /** Evaluates the check against {@code state} and the suite's history. */
    Evaluation evaluate(S state, SuiteHistory history) throws Exception;

    @Override
    default Evaluation evaluate(S state) {
        throw new IllegalStateException("a history check is evaluated with its suite's history");
    }
}
