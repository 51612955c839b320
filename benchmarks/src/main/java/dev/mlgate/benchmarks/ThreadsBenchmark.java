package dev.mlgate.benchmarks;

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
 * The data-contract pass on one thread against several ({@code mlgate.threads}), in one JMH run on one
 * seeded file of {@link ContractData#ROWS} rows and twenty columns: {@link BenchContract} (with per-value
 * state: uniqueness, quantiles, compound keys) and {@link BoundedBenchContract} (without), through the
 * JUnit Platform Launcher as users run them. The ratio {@code threads=1 / threads=N} is the speed-up of
 * the parallel local scan; its results are identical by construction (tested in the engine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ThreadsBenchmark {

    /** Data rows of the generated file; 1,000,000 for the recorded results. */
    @Param({"1000000"})
    public long rows;

    /** {@code mlgate.threads}: 1 is the single-threaded scan. */
    @Param({"1", "2", "3"})
    public int threads;

    private Path directory;
    private ContractRuns contract;
    private ContractRuns boundedContract;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = BenchFiles.newDirectory();
        Path data = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                ContractData.Variant.REFERENCE);
        Map<String, String> parameters = Map.of("bench.data", data.toString(), "mlgate.threads",
                Integer.toString(threads));
        contract = new ContractRuns(BenchContract.class, directory, parameters);
        contract.verify("BenchContract, " + threads + " threads", 20, data);
        boundedContract = new ContractRuns(BoundedBenchContract.class, directory, parameters);
        boundedContract.verify("BoundedBenchContract, " + threads + " threads", 20, data);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFiles.delete(directory);
    }

    @Benchmark
    public TestExecutionSummary contract() {
        return contract.run();
    }

    @Benchmark
    public TestExecutionSummary boundedContract() {
        return boundedContract.run();
    }
}
