package dev.mlgate.backend;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one pass over a dataset must compute, independent of who computes it: the engine plans it
 * from a suite's selected checks, a {@link Backend} computes it and returns {@link ScanResults}. Requests
 * for columns the dataset lacks are skipped (the checks that made them report the missing column).
 *
 * @param dataset where the data is
 * @param columns the declared columns, in declaration order, with how to read them
 * @param metrics per column name, the metrics to compute
 * @param rows metrics over whole rows
 * @param rules row rules to evaluate on the record of each row (every declared column must be present)
 * @param samples drift samples to collect
 * @param table the whole table for custom rules, when any is selected
 * @param settings examples kept and the run's present
 */
public record ScanPlan(
        DatasetLocation dataset,
        List<ColumnDescription> columns,
        Map<String, Set<MetricRequest>> metrics,
        Set<RowRequest> rows,
        Set<RowPredicate> rules,
        List<SampleRequest> samples,
        Optional<TableRequest> table,
        ScanSettings settings) {

    public ScanPlan {
        columns = List.copyOf(columns);
        samples = List.copyOf(samples);
    }
}
