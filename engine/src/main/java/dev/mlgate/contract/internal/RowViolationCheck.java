package dev.mlgate.contract.internal;

import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;

/** A table constraint decided by counting violating rows: compound keys, duplicate rows. */
record RowViolationCheck(RowRequest metric, String population, String violation, Tolerance tolerance)
        implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName().toString();
        ViolationCount found = state.rowMetrics().get(metric);
        if (found == null) {
            return Verdict.failed(where + " lacks a key column: " + metric.columns() + " are not all among its columns; "
                    + state.describeColumns(), "columns " + metric.columns(), "missing",
                    Evidence.of("missing column", Double.NaN, "columns present"));
        }
        String share = found.checked() == 0 ? "" : " (" + Messages.percent((double) found.violations() / found.checked()) + ")";
        String summary = where + ": " + Messages.count(found.violations()) + " of " + Messages.count(found.checked())
                + " " + population + share + " " + violation + " (tolerated: " + tolerance.describe() + ")";
        Evidence evidence = Evidence.of("violations", found.violations(), "tolerated: " + tolerance.describe())
                .withExamples(found.examples()).withDetails(found.evidenceDetails());
        if (tolerance.accepts(found.violations(), found.checked())) {
            return Verdict.passed(summary, evidence);
        }
        return Verdict.failed(summary + Messages.examples(found.examples()), "violations tolerated: "
                + tolerance.describe(), Messages.count(found.violations()) + " violations" + share, evidence);
    }
}
