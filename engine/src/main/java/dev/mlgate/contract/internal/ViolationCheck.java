package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.internal.ColumnNames;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;

/**
 * A column constraint decided by counting violating values: not null, readable as its type, unique,
 * between. A missing column fails it, naming the columns the file has.
 *
 * @param column the constrained column
 * @param metric the count it reads
 * @param population what is counted, such as {@code rows} or {@code non-null values}
 * @param violation what a violating value does, such as {@code are null}
 * @param tolerance how many violations pass
 */
record ViolationCheck(String column, MetricRequest metric, String population, String violation, Tolerance tolerance)
        implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName() + " column '" + column + "'";
        if (!state.hasColumn(column)) {
            return Verdict.failed(where + " does not exist" + ColumnNames.lookAlikes(column, state.header()) + "; "
                    + state.describeColumns(),
                    "column '" + column + "'", "no column '" + column + "'",
                    Evidence.of("missing column", Double.NaN, "column '" + column + "' present"));
        }
        ViolationCount found = state.metric(column, metric);
        long checked = found.checked();
        long violations = found.violations();
        String share = checked == 0 ? "" : " (" + Messages.percent((double) violations / checked) + ")";
        String summary = where + ": " + Messages.count(violations) + " of " + Messages.count(checked) + " "
                + population + share + " " + violation + " (tolerated: " + tolerance.describe() + ")";
        Evidence evidence = Evidence.of("violations", violations, "tolerated: " + tolerance.describe())
                .withExamples(found.examples())
                .withDetails(found.evidenceDetails());
        if (tolerance.accepts(violations, checked)) {
            return Verdict.passed(summary, evidence);
        }
        return Verdict.failed(summary + Messages.examples(found.examples(), metric instanceof MetricRequest.UnreadableValues),
                "violations tolerated: " + tolerance.describe(),
                Messages.count(violations) + " violations" + share, evidence);
    }
}
