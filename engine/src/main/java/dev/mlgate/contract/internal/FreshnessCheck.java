package dev.mlgate.contract.internal;

import dev.mlgate.backend.Extreme;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;

/**
 * Freshness or history of a time column: its newest value is at most {@code age} old at the run's present,
 * or its oldest at least that old. Fails naming the value; inconclusive when the column holds no value.
 */
record FreshnessCheck(String column, MetricRequest.ExtremeValue metric) implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName() + " column '" + column + "'";
        String side = metric.newest() ? "newest" : "oldest";
        String expected = metric.newest() ? "newest value within " + metric.age()
                : "oldest value at least " + metric.age() + " old";
        if (!state.hasColumn(column)) {
            return ContractState.missing(state, where, column);
        }
        Extreme extreme = state.metric(column, metric);
        Evidence evidence = Evidence.of(side + " value", Double.NaN, expected);
        if (extreme.value() == null) {
            return Verdict.inconclusive(where + ": there is no value, so nothing shows the data is "
                    + (metric.newest() ? "fresh" : "old enough"), evidence);
        }
        String message = where + ": the " + side + " value is " + extreme.value() + "; expected "
                + (metric.newest() ? "within " + metric.age() + " of" : "at least " + metric.age() + " before")
                + " the run's present";
        return extreme.fresh() ? Verdict.passed(message, evidence)
                : Verdict.failed(message, expected, String.valueOf(extreme.value()), evidence);
    }
}
