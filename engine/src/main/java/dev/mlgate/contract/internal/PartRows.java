package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part file of a dataset of several files (a directory of Parquet part files) starts among the
 * dataset's rows, seen while the reading thread streams them. The scan numbers rows across the dataset,
 * which orders examples; at the end each example is moved to its part file and the row within it, so a
 * failing value can be found with any tool that opens that one file (as the Spark backend names them).
 */
final class PartRows {

    private record Start(long datasetRow, String file) {
    }

    private final List<Start> starts = new ArrayList<>();

    /** Sees the next row in dataset order; costs one comparison unless a part file starts here. */
    void observe(Row row) {
        if (row.rowInPart() == 1) {
            String file = row.partFile();
            if (file != null) {
                starts.add(new Start(row.rowNumber(), file));
            }
        }
    }

    /** {@code results} with every example of a part file named by the file and its row within it. */
    ScanResults located(ScanResults results) {
        if (starts.isEmpty()) {
            return results;
        }
        Map<String, Map<MetricRequest, Object>> metrics = new LinkedHashMap<>();
        results.metrics().forEach((column, own) -> {
            Map<MetricRequest, Object> moved = new LinkedHashMap<>();
            own.forEach((request, result) -> moved.put(request,
                    result instanceof ViolationCount count ? located(count) : result));
            metrics.put(column, moved);
        });
        Map<RowRequest, ViolationCount> rows = new LinkedHashMap<>();
        results.rows().forEach((request, count) -> rows.put(request, located(count)));
        Map<RowPredicate, RuleOutcome> rules = new LinkedHashMap<>();
        results.rules().forEach((rule, outcome) -> rules.put(rule, new RuleOutcome(outcome.checked(),
                outcome.violations(), outcome.leftOut(), located(outcome.examples()), outcome.error())));
        return new ScanResults(results.header(), results.summary(), metrics, rows, rules, results.samples(),
                results.table());
    }

    private ViolationCount located(ViolationCount count) {
        return new ViolationCount(count.checked(), count.violations(), located(count.examples()), count.details());
    }

    private List<Example> located(List<Example> examples) {
        return examples.stream().map(this::located).toList();
    }

    private Example located(Example example) {
        if (example.file() != null || example.row() < 1) {
            return example;
        }
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) { // the last part starting at or before the example's row
            int middle = (low + high + 1) >>> 1;
            if (starts.get(middle).datasetRow() <= example.row()) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        Start start = starts.get(low);
        return new Example(example.row() - start.datasetRow() + 1, example.line(), example.value(), example.length(),
                start.file());
    }
}
