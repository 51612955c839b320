package dev.mlgate.backend;

import dev.mlgate.data.ScanSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * What a {@link Backend} computed for a {@link ScanPlan}. Each map holds an entry for every request of
 * the plan whose columns the dataset has, with the result type each request names.
 *
 * @param header the dataset's columns, in order
 * @param summary rows, bytes and, where the backend can compute it while reading, the SHA-256 of the
 *     dataset's bytes (empty text when it cannot)
 * @param metrics per column, each requested metric's result
 * @param rows each row request's result
 * @param rules each row rule's outcome; none when a column its record needs is missing
 * @param samples per sampled column the dataset has, its sample
 * @param table the table for custom rules, when requested and the backend could build it
 */
public record ScanResults(
        List<String> header,
        ScanSummary summary,
        Map<String, Map<MetricRequest, Object>> metrics,
        Map<RowRequest, ViolationCount> rows,
        Map<RowPredicate, RuleOutcome> rules,
        Map<String, Sample> samples,
        Optional<Table> table) {
}
