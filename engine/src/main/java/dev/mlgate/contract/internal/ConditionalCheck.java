package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;

/**
 * A value constraint counted only on rows where its condition holds. When the file lacks a column the
 * record needs, no condition could be evaluated, so the constraint fails naming the columns instead of
 * passing on no rows.
 */
record ConditionalCheck(ViolationCheck check, RowRuleMetric condition) implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        var missing = condition.columns().stream().filter(column -> !state.hasColumn(column)).toList();
        if (!missing.isEmpty()) {
            return Verdict.failed(state.file().getFileName() + " lacks columns the condition " + condition.name()
                    + " reads: " + missing + " are missing; " + state.describeColumns(), "columns "
                    + condition.columns(), "missing", Evidence.of("missing column", Double.NaN, "columns present"));
        }
        return check.evaluate(state);
    }
}
