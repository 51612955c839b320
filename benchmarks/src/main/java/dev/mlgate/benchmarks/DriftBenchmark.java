package dev.mlgate.benchmarks;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.ScanSummary;
import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drift for all columns (issue 4) against the contract's single pass without drift, in one JMH run on
 * two seeded files of {@link ContractData#ROWS} rows and twenty columns: a reference and a current file
 * with five shifted columns.
 *
 * <ul>
 *   <li>{@link #contractWithDrift}: {@link DriftBenchContract}, i.e. {@link BenchContract} plus
 *       {@code @NoDrift} on the class against the reference (20 per-column drift checks and the
 *       dataset-level gate);</li>
 *   <li>{@link #contractWithoutDrift}, the named reference: {@link BenchContract} on the same current
 *       file;</li>
 *   <li>{@link #parseBothFiles}: the floor any drift check over two files has: one parse of each file
 *       with the same parser, doing nothing else.</li>
 * </ul>
 *
 * Setup runs both contracts once, untimed, and checks that they ran, that the drift contract has
 * exactly the 21 drift nodes more, and that each file was scanned once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DriftBenchmark {

    /** Data rows of each generated file; 1,000,000 for the recorded results. */
    @Param({"1000000"})
    public long rows;

    private Path directory;
    private Path reference;
    private Path current;
    private ContractRuns withDrift;
    private ContractRuns withoutDrift;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = BenchFiles.newDirectory();
        reference = ContractData.write(directory.resolve("reference.csv"), rows, ContractData.SEED,
                ContractData.Variant.REFERENCE);
        current = ContractData.write(directory.resolve("current.csv"), rows, ContractData.CURRENT_SEED,
                ContractData.Variant.SHIFTED);
        System.err.println("[DriftBenchmark] generated " + BenchFiles.size(reference) + " and "
                + BenchFiles.size(current) + ", " + rows + " rows each");
        Map<String, String> files = Map.of("bench.data", current.toString(), "bench.reference", reference.toString());
        withDrift = new ContractRuns(DriftBenchContract.class, directory, files);
        withoutDrift = new ContractRuns(BenchContract.class, directory, files);
        TestExecutionSummary drift = withDrift.verify("DriftBenchContract", 20, current, reference);
        TestExecutionSummary plain = withoutDrift.verify("BenchContract", 20, current);
        int columns = BenchContract.class.getRecordComponents().length;
        if (drift.getTestsFoundCount() != plain.getTestsFoundCount() + columns + 1) {
            throw new IllegalStateException("the drift contract should have " + (columns + 1)
                    + " checks more than the plain one (one per column and the dataset gate), but has "
                    + drift.getTestsFoundCount() + " against " + plain.getTestsFoundCount());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFiles.delete(directory);
    }

    /** The contract with drift of every column against the reference. */
    @Benchmark
    public TestExecutionSummary contractWithDrift() {
        return withDrift.run();
    }

    /** Reference: the same contract without drift, on the same current file. */
    @Benchmark
    public TestExecutionSummary contractWithoutDrift() {
        return withoutDrift.run();
    }

    /** Floor: one parse of each file with the same parser, doing nothing with the rows. */
    @Benchmark
    public ScanSummary[] parseBothFiles() {
        return new ScanSummary[] {Artifacts.open(current).scan(row -> { }), Artifacts.open(reference).scan(row -> { })};
    }
}
