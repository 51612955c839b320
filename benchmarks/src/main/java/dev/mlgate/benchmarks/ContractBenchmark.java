package dev.mlgate.benchmarks;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.Row;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.Tables;
import dev.mlgate.data.ValueKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The data-contract pass (issue 3) against its named references, all in one JMH run on one seeded file
 * of {@link ContractData#ROWS} rows and twenty columns:
 *
 * <ul>
 *   <li>{@link #contract}: {@link BenchContract} (at least 20 checks) run through the JUnit Platform
 *       Launcher, discovery and verdicts included;</li>
 *   <li>{@link #boundedContract}: {@link BoundedBenchContract}, the same without per-value state;</li>
 *   <li>{@link #parseOnce}, the reference "parse once": the same file through the same parser
 *       ({@link Artifacts#open}, then {@code scan}) doing nothing with the rows;</li>
 *   <li>{@link #parseOnceTouchingFields}: the same, but materialising every field with
 *       {@link Row#raw(int)}, as any consumer of the values must;</li>
 *   <li>{@link #tablesawLoad}, the reference "Tablesaw load": Tablesaw's own CSV reader,
 *       {@code Table.read().csv(...)}, with its default options (type inference);</li>
 *   <li>{@link #tablesawLoadViaMlgate}: mlgate's {@link Tables#load}, the path a custom {@code @Check}
 *       takes, with the contract's declared types.</li>
 * </ul>
 *
 * Ratios are stated in {@code benchmarks/RESULTS-contract.md}. The data is generated into a temporary
 * directory at setup and deleted at teardown; setup also runs the contract once, untimed, to check that
 * its checks ran and the file was scanned once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ContractBenchmark {

    /** Data rows of the generated file; 1,000,000 for the recorded results. */
    @org.openjdk.jmh.annotations.Param({"1000000"})
    public long rows;

    private Path directory;
    private Path data;
    private RowSource source;
    private ContractRuns contract;
    private ContractRuns boundedContract;
    private Map<String, ValueKind> declared;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = BenchFiles.newDirectory();
        data = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                ContractData.Variant.REFERENCE);
        System.err.println("[ContractBenchmark] generated " + BenchFiles.size(data) + ", " + rows + " rows");
        source = Artifacts.open(data);
        contract = new ContractRuns(BenchContract.class, directory, Map.of("bench.data", data.toString()));
        contract.verify("BenchContract", 20, data);
        boundedContract = new ContractRuns(BoundedBenchContract.class, directory, Map.of("bench.data", data.toString()));
        boundedContract.verify("BoundedBenchContract", 20, data);
        declared = new LinkedHashMap<>();
        for (var component : BenchContract.class.getRecordComponents()) {
            var column = component.getAnnotation(dev.mlgate.contract.Column.class);
            declared.put(column == null ? component.getName() : column.value(), ValueKind.of(component.getType()));
        }
        long tablesawRows = tablesawLoad().rowCount();
        if (tablesawRows != rows) {
            throw new IllegalStateException("Tablesaw read " + tablesawRows + " rows, not " + rows);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFiles.delete(directory);
    }

    /** The contract: every check of {@link BenchContract}, answered from one pass. */
    @Benchmark
    public TestExecutionSummary contract() {
        return contract.run();
    }

    /**
     * The same contract without the constraints that keep per-value state (uniqueness, distinct
     * counts, exact quantiles, compound keys): what the single pass itself costs.
     */
    @Benchmark
    public TestExecutionSummary boundedContract() {
        return boundedContract.run();
    }

    /** Reference: the same parser over the same file, doing nothing with the rows. */
    @Benchmark
    public ScanSummary parseOnce() {
        return Artifacts.open(data).scan(row -> { });
    }

    /** Reference: the same parser, creating every field's string once. */
    @Benchmark
    public ScanSummary parseOnceTouchingFields(Blackhole blackhole) {
        return Artifacts.open(data).scan(row -> {
            for (int i = 0, n = row.size(); i < n; i++) {
                blackhole.consume(row.raw(i));
            }
        });
    }

    /** Reference: loading the file into a Tablesaw table with Tablesaw's own CSV reader. */
    @Benchmark
    public Table tablesawLoad() {
        return Table.read().csv(CsvReadOptions.builder(data.toFile()).build());
    }

    /** For comparison: mlgate's own loading into a Tablesaw table (what a custom {@code @Check} costs). */
    @Benchmark
    public Table tablesawLoadViaMlgate() {
        return Tables.load(source, declared);
    }
}
