package dev.mlgate.contract.internal;

import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.data.internal.Texts;
import java.lang.invoke.MethodHandle;
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
    private final RuleTally[] tallies;
    private final MethodHandle[] conditions;
    private final String[] conditionNames;
    private final boolean[] holds;
    private final Conditioned[] conditioned;
    private final int[] conditionOf;

    private RowRuleScan(RecordBuilder builder, ColumnValue[] values, List<RuleTally> tallies, List<Conditioned> conditioned) {
        this.builder = builder;
        this.values = values;
        this.arguments = new Object[values.length];
        this.tallies = tallies.toArray(RuleTally[]::new);
        List<RowRuleMetric> distinct = conditioned.stream().map(Conditioned::condition).distinct().toList();
        this.conditions = distinct.stream().map(RowRuleMetric::rule).toArray(MethodHandle[]::new);
        this.conditionNames = distinct.stream().map(RowRuleMetric::name).toArray(String[]::new);
        this.holds = new boolean[distinct.size()];
        this.conditioned = conditioned.toArray(Conditioned[]::new);
        this.conditionOf = conditioned.stream().mapToInt(each -> distinct.indexOf(each.condition())).toArray();
    }

    /**
     * The evaluation of {@code rules} and of the conditions of {@code conditioned} metrics over the scan's
     * values of each column ({@code read}, by column name), or null when there is neither or a column the
     * record needs is not in the file (its rules then have no outcome and fail naming the missing columns,
     * as do the conditional constraints).
     */
    static RowRuleScan of(Set<RowRuleMetric> rules, List<Conditioned> conditioned, Map<String, ColumnValue> read,
            int maxExamples) {
        if (rules.isEmpty() && conditioned.isEmpty()) {
            return null;
        }
        RecordBuilder builder = rules.isEmpty() ? conditioned.get(0).condition().builder()
                : rules.iterator().next().builder();
        if (!read.keySet().containsAll(builder.columns())) {
            return null;
        }
        ColumnValue[] values = builder.columns().stream().map(read::get).toArray(ColumnValue[]::new);
        List<RuleTally> tallies = rules.stream().map(rule -> new RuleTally(rule, maxExamples)).toList();
        return new RowRuleScan(builder, values, tallies, conditioned);
    }

    /** Evaluates every rule on the current row, whose values were read into the column values. */
    void accept(long row, long line) {
        Object record;
        try {
            record = builder.build(values, arguments);
        } catch (Throwable e) {
            rethrowFatal(e);
            if (conditions.length > 0) {
                throw new IllegalStateException("constructing " + builder.type().getSimpleName() + " for row " + row
                        + " to evaluate the condition " + conditionNames[0] + " threw " + describe(e), e);
            }
            for (RuleTally tally : tallies) {
                tally.fail("constructing " + builder.type().getSimpleName() + " for row " + row + " threw "
                        + describe(e));
            }
            return;
        }
        for (RuleTally tally : tallies) {
            tally.accept(record, row, line);
        }
        if (conditions.length > 0) {
            feedConditioned(record, row);
        }
    }

    /** Evaluates each condition once and feeds the metrics whose condition holds; an unfit row matches none. */
    private void feedConditioned(Object record, long row) {
        for (int i = 0; i < conditions.length; i++) {
            if (record == RecordBuilder.UNFIT) {
                holds[i] = false;
                continue;
            }
            try {
                holds[i] = (boolean) conditions[i].invokeExact(record);
            } catch (Throwable e) {
                rethrowFatal(e);
                throw new IllegalStateException("the condition " + conditionNames[i] + " threw on row " + row + " ("
                        + Texts.quote(String.valueOf(record)) + "): " + describe(e), e);
            }
        }
        for (int i = 0; i < conditioned.length; i++) {
            if (holds[conditionOf[i]]) {
                conditioned[i].accumulator().accept(conditioned[i].value());
            }
        }
    }

    Map<RowPredicate, RuleOutcome> results() {
        Map<RowPredicate, RuleOutcome> results = new LinkedHashMap<>();
        for (RuleTally tally : tallies) {
            results.put(tally.rule().predicate(), tally.outcome());
        }
        return results;
    }

    static String describe(Throwable e) {
        return Texts.shortened(String.valueOf(e));
    }

    static void rethrowFatal(Throwable e) {
        if (e instanceof VirtualMachineError error) {
            throw error;
        }
    }

    /** A metric of {@code value}'s column counted only on rows where {@code condition} holds. */
    record Conditioned(RowRuleMetric condition, ColumnValue value, Accumulator accumulator) {
    }
}
