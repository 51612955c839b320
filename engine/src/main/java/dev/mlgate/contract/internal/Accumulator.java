package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import dev.mlgate.backend.ViolationCount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The state of one {@link dev.mlgate.backend.MetricRequest} during a local scan. */
interface Accumulator {

    /** Sees the column's value on the current row. */
    void accept(ColumnValue value);

    /** The metric's value after the last row. */
    Object result();

    /**
     * Counts the values a metric checks and those that violate it, keeping the first examples in row
     * order.
     */
    final class Counting implements Accumulator {

        private final int maxExamples;
        private final Predicate<ColumnValue> checks;
        private final Predicate<ColumnValue> violates;
        private final List<Example> examples = new ArrayList<>();
        private long checked;
        private long violations;

        Counting(int maxExamples, Predicate<ColumnValue> checks, Predicate<ColumnValue> violates) {
            this.maxExamples = maxExamples;
            this.checks = checks;
            this.violates = violates;
        }

        @Override
        public void accept(ColumnValue value) {
            if (!checks.test(value)) {
                return;
            }
            checked++;
            if (violates.test(value)) {
                violations++;
                if (examples.size() < maxExamples) {
                    examples.add(new Example(value.row, value.line, value.raw()));
                }
            }
        }

        @Override
        public ViolationCount result() {
            return new ViolationCount(checked, violations, examples);
        }
    }

}
