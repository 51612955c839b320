package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.Evidence.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The state of one {@link ColumnMetric} during a scan. */
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
                    examples.add(new Example(value.row, value.line, value.raw));
                }
            }
        }

        @Override
        public Violations result() {
            return new Violations(checked, violations, examples);
        }
    }

    /**
     * How many values a metric checked and how many violate it, with the first examples.
     *
     * @param checked values the metric applies to (non-null ones for value constraints)
     * @param violations values that violate it
     * @param examples the first violations in row order
     * @param details further named numbers for the report (uniqueness, distinct ratio), in a stable order
     */
    record Violations(long checked, long violations, List<Example> examples, Map<String, Object> details) {

        public Violations {
            examples = List.copyOf(examples);
            details = details == null ? Map.of() : details;
        }

        Violations(long checked, long violations, List<Example> examples) {
            this(checked, violations, examples, Map.of());
        }

        /** The number checked, then the details: what a check's evidence reports. */
        Map<String, Object> evidenceDetails() {
            Map<String, Object> all = new java.util.LinkedHashMap<>();
            all.put("checked", checked);
            all.putAll(details);
            return all;
        }
    }
}
