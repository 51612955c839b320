package dev.mlgate.spark.internal;

import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ScanSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * One {@link ScanPlan} on Spark. The jobs, in order: the single aggregation pass (every count, moment,
 * extreme and missing-value count of the suite) and, when the plan asks for uniqueness, one grouping job
 * for all its columns, keys and duplicate rows; then, only as needed, one job per failing metric for its
 * examples (plus one small job counting rows per file block, to number them), one per value-count or
 * categorical sample, one per numeric drift sample, and one per quantile a check reads; one for every
 * {@code @Increasing}/{@code @Decreasing} ({@link OrderJob}) and one for every {@code @RowRule}
 * ({@link RuleJob}) when the suite has them. {@code @When} conditions are columns of these jobs.
 */
public final class SparkScan {

    private final SparkSession spark;
    private final CsvOptions csv;
    private final QuantileMode quantiles;
    private final Persistence persistence;

    private SparkScan(SparkSession spark, CsvOptions csv, QuantileMode quantiles, Persistence persistence) {
        this.spark = spark;
        this.csv = csv;
        this.quantiles = quantiles;
        this.persistence = persistence;
    }

    /** The scan of the run configured by {@code context}: its session, CSV format, quantile mode and persistence. */
    public static SparkScan of(BackendContext context) {
        Function<String, String> parameter = key -> context.parameter(key).orElse(null);
        return new SparkScan(SparkSessions.obtain(parameter), CsvOptions.from(parameter),
                QuantileMode.parse(parameter.apply(QuantileMode.KEY)), Persistence.parse(parameter.apply(Persistence.KEY)));
    }

    public ScanResults run(ScanPlan plan, BackendContext context) {
        SparkInput input = new SparkReader(spark, csv).read(plan.dataset().location(), plan.dataset().format());
        Jobs jobs = new Jobs(input, plan.settings(), quantiles, persistence);
        try {
            return run(plan, context, input, jobs);
        } finally {
            jobs.release();
        }
    }

    private ScanResults run(ScanPlan plan, BackendContext context, SparkInput input, Jobs jobs) {
        StructType schema = input.rows().schema();
        Map<String, ColumnDescription> declared = new HashMap<>();
        plan.columns().forEach(column -> declared.put(column.name(), column));
        Map<String, ParsedValue> values = new HashMap<>();
        Function<String, ParsedValue> value = name -> values.computeIfAbsent(name, key -> jobs.read(ParsedValue.of(
                input, key, declared.containsKey(key) ? ValueType.of(declared.get(key)) : ValueType.text(),
                schema.apply(key).dataType())));
        Map<String, ColumnRequests> columns = new LinkedHashMap<>();
        Map<String, OrderAndConditionRequests> more = new LinkedHashMap<>();
        ConditionColumns conditions = new ConditionColumns(plan.columns(), value, input.header(), jobs);
        OrderJob order = new OrderJob(jobs);
        for (ColumnDescription column : plan.columns()) {
            Set<MetricRequest> requests = plan.metrics().getOrDefault(column.name(), Set.of());
            if (!input.header().contains(column.name()) || requests.isEmpty()) {
                continue;
            }
            ColumnRequests own = new ColumnRequests(value.apply(column.name()), ValueType.of(column), jobs);
            OrderAndConditionRequests others = new OrderAndConditionRequests(value.apply(column.name()),
                    ValueType.of(column), jobs, conditions, order);
            requests.forEach(request -> {
                if (OrderAndConditionRequests.handles(request)) {
                    others.add(request);
                } else {
                    own.add(request);
                }
            });
            columns.put(column.name(), own);
            more.put(column.name(), others);
        }
        Map<RowRequest, Function<Row, Supplier<ViolationCount>>> rows = new LinkedHashMap<>();
        for (RowRequest request : plan.rows()) {
            if (input.header().containsAll(request.columns())) {
                rows.put(request, RowRequests.register(request, value, input.header(), jobs));
            }
        }
        Map<String, Function<Row, Supplier<Sample>>> samples = new LinkedHashMap<>();
        for (SampleRequest request : plan.samples()) {
            if (input.header().contains(request.column())) {
                ValueType type = declared.containsKey(request.column()) ? ValueType.of(declared.get(request.column()))
                        : ValueType.text();
                samples.put(request.column(), Samples.register(request, value.apply(request.column()), type, jobs));
            }
        }
        boolean rulesReadable = plan.columns().stream().allMatch(column -> input.header().contains(column.name()));
        Supplier<Map<RowPredicate, RuleOutcome>> rules = rulesReadable && !plan.rules().isEmpty()
                ? RuleJob.register(plan.columns(), List.copyOf(plan.rules()), value, jobs) : Map::of;
        Row scalars = jobs.run();
        // first every request says what it still needs (failing metrics register for the one examples job) ...
        Map<String, Map<MetricRequest, Supplier<Object>>> pending = new LinkedHashMap<>();
        columns.forEach((name, own) -> {
            Map<MetricRequest, Supplier<Object>> results = own.results(scalars);
            results.putAll(more.get(name).results(scalars));
            pending.put(name, results);
        });
        Map<RowRequest, Supplier<ViolationCount>> pendingRows = new LinkedHashMap<>();
        rows.forEach((request, result) -> pendingRows.put(request, result.apply(scalars)));
        Map<String, Supplier<Sample>> pendingSamples = new LinkedHashMap<>();
        samples.forEach((name, result) -> pendingSamples.put(name, result.apply(scalars)));
        // ... then the results are read, running the jobs they share
        Map<String, Map<MetricRequest, Object>> metrics = new LinkedHashMap<>();
        pending.forEach((name, results) -> {
            Map<MetricRequest, Object> computed = new LinkedHashMap<>();
            results.forEach((request, result) -> computed.put(request, result.get()));
            metrics.put(name, computed);
        });
        Map<RowRequest, ViolationCount> rowResults = new LinkedHashMap<>();
        pendingRows.forEach((request, result) -> rowResults.put(request, result.get()));
        Map<String, Sample> sampled = new LinkedHashMap<>();
        pendingSamples.forEach((name, result) -> sampled.put(name, result.get()));
        Map<RowPredicate, RuleOutcome> ruleOutcomes = rules.get();
        ScanSummary summary = new ScanSummary(Path.of(plan.dataset().location()), scalars.getLong(0),
                DatasetSize.bytes(spark, input), "");
        Optional<Table> table;
        try {
            table = TableExport.table(plan, input, scalars.getLong(0), csv, context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table of the custom checks to a local file", e);
        }
        return new ScanResults(input.header(), summary, metrics, rowResults, ruleOutcomes, sampled, table);
    }
}
