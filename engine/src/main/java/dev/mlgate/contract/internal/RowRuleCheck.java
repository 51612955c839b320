package dev.mlgate.contract.internal;

import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.Map;

/**
 * A {@code @RowRule} decided like a value constraint: violating rows among the evaluated ones against its
 * tolerance, with the first violating rows as examples. Rows left out (a null or a value the record cannot
 * hold) are stated, not counted; a rule that threw fails with the exception and the row.
 */
record RowRuleCheck(RowRuleMetric rule, Tolerance tolerance) implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName().toString();
        String name = "the row rule " + rule.name();
        RuleOutcome found = state.rowRules().get(rule.predicate());
        if (found == null) {
            return Verdict.failed(where + " lacks columns " + name + " reads: " + rule.columns().stream()
                    .filter(column -> !state.hasColumn(column)).toList() + " are missing; " + state.describeColumns(),
                    "columns " + rule.columns(), "missing", Evidence.of("missing column", Double.NaN, "columns present"));
        }
        Evidence evidence = Evidence.of("violations", found.violations(), "tolerated: " + tolerance.describe())
                .withExamples(found.examples())
                .withDetails(Map.of("checked", found.checked(), "leftOut", found.leftOut()));
        if (found.error() != null) {
            return Verdict.failed(where + ": " + name + " " + found.error(), "a boolean for every row", "an exception",
                    evidence);
        }
        String share = found.checked() == 0 ? "" : " (" + Messages.percent((double) found.violations() / found.checked()) + ")";
        String leftOut = found.leftOut() == 0 ? "" : "; " + Messages.count(found.leftOut())
                + (found.leftOut() == 1 ? " row" : " rows") + " with a null or unreadable value left out";
        String summary = where + ": " + Messages.count(found.violations()) + " of " + Messages.count(found.checked())
                + " rows" + share + " violate " + name + " (tolerated: " + tolerance.describe() + ")" + leftOut;
        if (tolerance.accepts(found.violations(), found.checked())) {
            return Verdict.passed(summary, evidence);
        }
        return Verdict.failed(summary + Messages.examples(found.examples()), "violations tolerated: "
                + tolerance.describe(), Messages.count(found.violations()) + " violations" + share, evidence);
    }
}
