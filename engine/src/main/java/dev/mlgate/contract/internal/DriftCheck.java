package dev.mlgate.contract.internal;

import dev.mlgate.contract.DriftMethod;
import dev.mlgate.data.internal.ColumnNames;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether one column drifted from the reference: fails when it did, passes when not, fails when the
 * column is missing on either side, and is inconclusive when a side holds no value.
 */
record DriftCheck(String column, DriftMethod method, double threshold) implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        return verdict(state, column, method, threshold);
    }

    static Verdict verdict(ContractState state, String column, DriftMethod method, double threshold) {
        if (state.referenceError() != null) {
            return Verdict.failed("column '" + column + "' of " + state.file().getFileName() + ": "
                    + state.referenceError(), "a readable reference", "unreadable reference",
                    Evidence.of("drift", Double.NaN, "no drift"));
        }
        ContractState.ReferenceState reference = state.reference().orElseThrow();
        String where = "column '" + column + "' of " + state.file().getFileName() + " against "
                + reference.file().getFileName();
        DriftResult result = state.drift(column, method, threshold);
        if (result == null) {
            boolean inData = state.hasColumn(column);
            String missingFrom = inData ? reference.file().getFileName().toString() : state.file().getFileName().toString();
            List<String> header = inData ? reference.header() : state.header();
            return Verdict.failed(where + ": the column is missing from " + missingFrom + ", which has the columns "
                    + ColumnNames.list(header) + ColumnNames.lookAlikes(column, header),
                    "column '" + column + "' on both sides", "missing from " + missingFrom,
                    Evidence.of("drift", Double.NaN, "no drift"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", result.method().name());
        details.put("choice", result.choice());
        details.put("statistic", result.statistic());
        details.put("threshold", result.threshold());
        details.put("histogram", result.histogram());
        String note = result.note().isEmpty() ? "" : " (" + result.note() + ")";
        String expected = "no drift (" + (result.method().judgesPValue() ? "p >= " : "statistic <= ")
                + Messages.number(result.threshold()) + ")";
        if (!result.isDefined()) {
            return Verdict.inconclusive(where + ": cannot compare, " + result.undefinedReason() + note,
                    Evidence.of(result.method().name(), Double.NaN, expected).withDetails(details));
        }
        Evidence evidence = Evidence.of(name(result.method()), result.statistic(), expected)
                .withPValues(result.pValue(), Double.NaN).withDetails(details);
        String message = where + ": " + result.describe() + " [" + result.choice() + "]" + note;
        return result.drifted()
                ? Verdict.failed("drifted: " + message, expected, "drifted: " + result.describe(), evidence)
                : Verdict.passed("no drift: " + message, evidence);
    }

    private static String name(DriftMethod method) {
        return switch (method) {
            case KOLMOGOROV_SMIRNOV -> "Kolmogorov-Smirnov D";
            case CHI_SQUARED -> "chi-squared";
            case POPULATION_STABILITY_INDEX -> "population stability index";
            case JENSEN_SHANNON -> "Jensen-Shannon distance (ln)";
            case WASSERSTEIN -> "normalised Wasserstein distance";
            case AUTO -> "drift";
        };
    }
}
