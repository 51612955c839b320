package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.Map;

/**
 * A statistic of a column bounded by {@code [min, max]}: passes inside, fails outside, and is
 * inconclusive when the statistic is undefined (no value to compute it from), with the reason.
 */
record StatisticCheck(String column, Statistic statistic, ConfiguredBounds declared) implements Check<ContractState> {

    StatisticCheck(String column, Statistic statistic, double min, double max) {
        this(column, statistic, ConfiguredBounds.of(min, max));
    }

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName() + " column '" + column + "'";
        ConfiguredBounds bounds;
        try {
            bounds = declared.resolve(state.parameters());
        } catch (ConfiguredBounds.UnresolvedBound e) {
            return Verdict.failed(where + ": the " + statistic.name() + " cannot be judged: " + e.getMessage(),
                    declared.declared(), "unresolved", Evidence.of(statistic.name(), Double.NaN, declared.declared()));
        }
        double min = bounds.min();
        double max = bounds.max();
        String expected = bounds(min, max);
        if (!state.hasColumn(column)) {
            return ContractState.missing(state, where, column);
        }
        Object result = state.metric(column, statistic.metric());
        double value = statistic.compute(result);
        long leftOut = statistic.leftOut(result);
        String approximation = statistic.approximation(result);
        String note = (leftOut > 0 ? " (" + Messages.count(leftOut) + " NaN values left out)" : "")
                + (approximation.isEmpty() ? "" : " (" + approximation + ")");
        if (Double.isNaN(value)) {
            return Verdict.inconclusive(where + ": the " + statistic.name() + " is undefined: "
                    + statistic.undefinedReason(result) + note, Evidence.of(statistic.name(), Double.NaN, expected));
        }
        String message = where + ": " + statistic.name() + " = " + Messages.number(value) + " over "
                + Messages.count(statistic.population(result)) + " " + statistic.populationNoun() + note + "; expected " + expected;
        Evidence evidence = Evidence.of(statistic.name(), value, expected).withDetails(approximation.isEmpty()
                ? Map.of("values", statistic.population(result), "nanLeftOut", leftOut)
                : Map.of("values", statistic.population(result), "nanLeftOut", leftOut, "approximation", approximation));
        if (value >= min && value <= max) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message, expected, Messages.number(value), evidence);
    }

    /** {@code between 1 and 2}, {@code >= 1} or {@code <= 2}. */
    static String bounds(double min, double max) {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return "between " + Messages.number(min) + " and " + Messages.number(max);
        }
        return hasMin ? ">= " + Messages.number(min) : hasMax ? "<= " + Messages.number(max) : "any value";
    }
}
