package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.DistinctCounts;
import dev.mlgate.backend.Example;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.ViolationCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The Spark jobs of one scan, shared by every request: the single aggregation pass, the uniqueness job,
 * and the jobs run only when needed (examples of failing metrics, value counts, quantiles).
 */
final class Jobs {

    private final SparkInput input;
    private final ScanSettings settings;
    private final QuantileMode quantiles;
    private final Persistence persistence;
    private final ScalarPass pass = new ScalarPass();
    private final Repeats repeats = new Repeats();
    private final RowPositions positions;
    private Map<Integer, Repeats.Counts> repeatCounts;
    private QuantileProjection quantileProjection;
    private final ExampleJob exampleJob;
    private final List<Column> projection = new java.util.ArrayList<>();
    private Dataset<Row> prepared;
    private Persisted persisted;
    private boolean laterJobs;

    Jobs(SparkInput input, ScanSettings settings, QuantileMode quantiles, Persistence persistence) {
        this.input = input;
        this.settings = settings;
        this.quantiles = quantiles;
        this.persistence = persistence;
        this.positions = new RowPositions(input);
        this.exampleJob = new ExampleJob(positions, settings.maxExamples());
    }

    /** The column's value, parsed once per row by the scan's projection. */
    ParsedValue read(ParsedValue value) {
        return value.projected(projection);
    }

    /** Each row's parsed values (after {@link #run()}). */
    Dataset<Row> rows() {
        return prepared;
    }

    ScanSettings settings() {
        return settings;
    }

    ExampleJob exampleJob() {
        return exampleJob;
    }

    ScalarPass pass() {
        return pass;
    }

    Repeats repeats() {
        return repeats;
    }

    RowPositions positions() {
        return positions;
    }

    /** Notes that a request will run a job of its own on the rows (value counts, a drift sample). */
    void expectJob() {
        laterJobs = true;
    }

    /**
     * Runs the scalar pass (and the uniqueness job when a request asked a question); the pass's row. With
     * {@link Persistence#DISK}, when more than one job is known to read the rows, their parsed projection is
     * persisted first, so the input is read and parsed once; {@link #release()} frees it.
     */
    Row run() {
        positions.keep(projection);
        prepared = positions.rows();
        boolean severalJobs = pass.jobs() > 1 || !repeats.isEmpty() || quantileProjection != null || laterJobs;
        if (persistence == Persistence.DISK && severalJobs) {
            persisted = Persisted.of(prepared);
            prepared = persisted.rows();
            positions.use(prepared);
        }
        Row scalars = pass.run(prepared, persisted != null);
        repeatCounts = repeats.run(prepared);
        return scalars;
    }

    /** Frees the persisted rows, once every result of the scan has been read. */
    void release() {
        if (persisted != null) {
            persisted.release();
        }
    }

    Repeats.Counts repeatCounts(int question) {
        return repeatCounts.getOrDefault(question, Repeats.Counts.NONE);
    }

    /**
     * Counts, in the scalar pass, the rows {@code checks} selects and those {@code violating} selects, and
     * asks the example job for the first violating values ({@code raw}) when there are any.
     */
    Function<Row, Supplier<Object>> violations(Column checks, Column violating, Column raw) {
        int checked = pass.add(count(when(checks, true)));
        int violations = pass.add(count(when(violating, true)));
        return scalars -> {
            long found = scalars.getLong(violations);
            long all = scalars.getLong(checked);
            Supplier<List<FoundExample>> examples = found == 0 ? List::of : exampleJob.request(violating, raw);
            return () -> new ViolationCount(all, found, valueExamples(examples.get()));
        };
    }

    /** The examples of a column's value (with their line, as the local reader gives it). */
    List<Example> valueExamples(List<FoundExample> found) {
        return found.stream().map(example -> example.toExample(input.lineOffset())).toList();
    }

    /** The examples of repeats and of whole rows, which the local backend gives without a line. */
    List<Example> rowExamples(List<FoundExample> found) {
        return found.stream().map(example -> example.toExample(-1)).toList();
    }

    /** Registers a column's numbers for quantiles; its quantiles, once the pass counted them. */
    Function<Long, SparkQuantiles> quantiles(Column kept) {
        if (quantileProjection == null) {
            quantileProjection = new QuantileProjection(this::rows);
        }
        String name = quantileProjection.add(kept);
        QuantileProjection shared = quantileProjection;
        return count -> new SparkQuantiles(shared, name, count, quantiles);
    }

    /**
     * How often each distinct value of {@code key} occurs, in first-appearance order, or no counts past
     * {@code limit} distinct values (as the local bounded counter drops them): one job; the driver
     * receives at most {@code limit + 1} rows.
     */
    DistinctCounts valueCounts(Column key, int limit) {
        List<Row> rows = positions.rows().where(key.isNotNull())
                .groupBy(key.as("k")).agg(count(lit(1)).as("n"), min(struct(RowPositions.order())).as("first"))
                .orderBy(col("first")).limit(limit + 1).collectAsList();
        Map<String, Long> counts = new LinkedHashMap<>();
        if (rows.size() > limit) {
            return new DistinctCounts(counts, false);
        }
        rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
        return new DistinctCounts(counts, true);
    }
}
