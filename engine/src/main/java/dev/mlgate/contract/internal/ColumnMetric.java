package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;
import java.util.HashSet;
import java.util.Set;

/**
 * A quantity of one column that constraints ask for and the scan computes. Requests are values:
 * two constraints asking for an equal metric share one accumulator, as Deequ's analyzers do.
 */
sealed interface ColumnMetric {

    /** A fresh accumulator for one scan, keeping up to {@code maxExamples} example violations. */
    Accumulator newAccumulator(int maxExamples);

    /** Null values among all rows. */
    record NullCount() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(int maxExamples) {
            return new Accumulator.Counting(maxExamples, value -> true, value -> value.state == State.NULL);
        }
    }

    /** Non-null values that cannot be read as the column's type. */
    record UnreadableValues() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(int maxExamples) {
            return new Accumulator.Counting(maxExamples, value -> value.state != State.NULL,
                    value -> value.state == State.UNREADABLE);
        }
    }

    /** Values equal to a value on an earlier row; keeps every distinct value. */
    record RepeatedValues() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(int maxExamples) {
            Set<Object> seen = new HashSet<>();
            return new Accumulator.Counting(maxExamples, value -> value.state == State.VALUE,
                    value -> !seen.add(value.key));
        }
    }

    /** Values outside [min, max] (bounds exclusive where marked); NaN is always outside. */
    record OutOfRange(double min, double max, boolean minExclusive, boolean maxExclusive) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(int maxExamples) {
            return new Accumulator.Counting(maxExamples, value -> value.state == State.VALUE, value -> !inside(value.number));
        }

        boolean inside(double x) {
            boolean aboveMin = minExclusive ? x > min : x >= min;
            boolean belowMax = maxExclusive ? x < max : x <= max;
            return aboveMin && belowMax;
        }
    }
}
