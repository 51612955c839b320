package dev.mlgate.contract.internal;


import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.internal.ColumnNames;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * Everything a contract's checks read, computed in one pass over the data file (and one over the
 * reference file, when a check compares with it).
 *
 * @param basedir the directory artifact paths are reported relative to
 * @param file the data file as resolved
 * @param header the columns the file holds, in order
 * @param data what the scan of the data saw: rows, bytes, SHA-256
 * @param metrics per column, each requested metric's result
 * @param rowMetrics each requested row metric's result
 * @param rowRules each requested row rule's outcome; none for a rule whose columns are not all present
 * @param table the whole dataset, only when a custom rule needs it
 * @param samples per compared column, the data's sample (drift)
 * @param reference the reference scan, only when a check compares with it and it could be read
 * @param referenceError why the reference could not be read, or null: only the checks that need it fail
 * @param driftResults drift comparisons computed so far, shared by the checks that read them
 * @param parameters the run's configuration parameters (null when unset), which custom rules may read
 * @param today the run's present, as the freshness checks judge it
 */
record ContractState(
        Path basedir,
        Path file,
        List<String> header,
        ScanSummary data,
        Map<String, Map<MetricRequest, Object>> metrics,
        Map<RowRequest, ViolationCount> rowMetrics,
        Map<RowPredicate, RuleOutcome> rowRules,
        Optional<Table> table,
        Map<String, Sample> samples,
        Optional<ReferenceState> reference,
        String referenceError,
        Map<String, DriftResult> driftResults,
        Function<String, String> parameters,
        LocalDate today) {

    /** The failure of a check whose column the file lacks, listing the columns it has. */
    static Verdict missing(ContractState state, String where, String column) {
        return Verdict.failed(where + " does not exist; " + state.describeColumns(), "column '" + column + "'",
                "no column '" + column + "'", Evidence.of("missing column", Double.NaN, "column '" + column
                        + "' present"));
    }

    long rows() {
        return data.rows();
    }

    boolean hasColumn(String column) {
        return header.contains(column);
    }

    /** The result of {@code metric} on {@code column}, computed because a check asked for it. */
    @SuppressWarnings("unchecked")
    <R> R metric(String column, MetricRequest metric) {
        return (R) metrics.get(column).get(metric);
    }

    /**
     * The drift comparison of {@code column}, computed once per column, method and threshold however
     * many checks read it. Null when the column is missing from either side.
     */
    DriftResult drift(String column, dev.mlgate.contract.DriftMethod method, double threshold) {
        if (reference.isEmpty()) {
            return null;
        }
        ReferenceState ref = reference.get();
        if (!samples.containsKey(column) || !ref.samples().containsKey(column)) {
            return null;
        }
        return driftResults.computeIfAbsent(column + "|" + method + "|" + threshold, key -> DriftAnalysis.compare(
                column, ref.samples().get(column), samples.get(column), method, threshold));
    }

    /** The file name and its columns, for messages about a missing column. */
    String describeColumns() {
        return file.getFileName() + " has the columns " + ColumnNames.list(header);
    }

    /**
     * The reference dataset as far as checks need it.
     *
     * @param file the reference file as resolved
     * @param header its columns
     * @param summary what its scan saw
     * @param table the whole reference, only when a custom rule needs it
     * @param samples per compared column, the reference sample (drift)
     */
    record ReferenceState(Path file, List<String> header, ScanSummary summary, Optional<Table> table,
            Map<String, Sample> samples) {
    }
}
