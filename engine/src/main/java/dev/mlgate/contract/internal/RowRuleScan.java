package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.RowRuleMetric.Outcome;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.engine.internal.check.Evidence.Example;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a contract's row rules during its single pass: per row, the record is built once from the
 * column values the scan has just parsed and handed to every rule, which is counted like a value
 * constraint (rows checked, violating, left out, the first examples).
 */
final class RowRuleScan {

    private final RecordBuilder builder;
    private final ColumnValue[] values;
    private final Object[] arguments;
    private final Tally[] tallies;

    private RowRuleScan(RecordBuilder builder, ColumnValue[] values, List<Tally> tallies) {
        this.builder = builder;
        this.values = values;
        this.arguments = new Object[values.length];
        this.tallies = tallies.toArray(Tally[]::new);
    }

    /**
     * The evaluation of {@code rules} over the scan's values of each column ({@code read}, by column name),
     * or null when there is no rule or a column the record needs is not in the file (its rules then have
     * no outcome, and fail naming the missing columns).
     */
    static RowRuleScan of(Set<RowRuleMetric> rules, Map<String, ColumnValue> read, int maxExamples) {
        if (rules.isEmpty()) {
            return null;
        }
        RecordBuilder builder = rules.iterator().next().builder();
        if (!read.keySet().containsAll(builder.columns())) {
            return null;
        }
        ColumnValue[] values = builder.columns().stream().map(read::get).toArray(ColumnValue[]::new);
        List<Tally> tallies = rules.stream().map(rule -> new Tally(rule, maxExamples)).toList();
        return new RowRuleScan(builder, values, tallies);
    }

    /** Evaluates every rule on the current row, whose values were read into the column values. */
    void accept(long row, long line) {
        Object record;
        try {
            record = builder.build(values, arguments);
        } catch (Throwable e) {
            rethrowFatal(e);
            for (Tally tally : tallies) {
                tally.fail("constructing " + builder.type().getSimpleName() + " for row " + row + " threw "
                        + describe(e));
            }
            return;
        }
        for (Tally tally : tallies) {
            tally.accept(record, row, line);
        }
    }

    Map<RowRuleMetric, Outcome> results() {
        Map<RowRuleMetric, Outcome> results = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            results.put(tally.rule, tally.outcome());
        }
        return results;
    }

    private static String describe(Throwable e) {
        return Texts.shortened(String.valueOf(e));
    }

    private static void rethrowFatal(Throwable e) {
        if (e instanceof VirtualMachineError error) {
            throw error;
        }
    }

    /** One rule's counts; after its first exception the rule is not evaluated again. */
    private static final class Tally {

        private final RowRuleMetric rule;
        private final MethodHandle handle;
        private final int maxExamples;
        private final List<Example> examples = new ArrayList<>();
        private long checked;
        private long violations;
        private long leftOut;
        private String error;

        Tally(RowRuleMetric rule, int maxExamples) {
            this.rule = rule;
            this.handle = rule.rule();
            this.maxExamples = maxExamples;
        }

        void accept(Object record, long row, long line) {
            if (error != null) {
                return;
            }
            if (record == RecordBuilder.UNFIT) {
                leftOut++;
                return;
            }
            boolean holds;
            try {
                holds = (boolean) handle.invokeExact(record);
            } catch (Throwable e) {
                rethrowFatal(e);
                fail("threw on row " + row + " (" + Texts.quote(String.valueOf(record)) + "): " + describe(e));
                return;
            }
            checked++;
            if (!holds) {
                violations++;
                if (examples.size() < maxExamples) {
                    examples.add(new Example(row, line, String.valueOf(record)));
                }
            }
        }

        void fail(String message) {
            if (error == null) {
                error = message;
            }
        }

        Outcome outcome() {
            return new Outcome(checked, violations, leftOut, examples, error);
        }
    }
}
