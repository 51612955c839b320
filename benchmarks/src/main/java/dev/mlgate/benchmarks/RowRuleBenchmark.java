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
 * What a row rule costs: the same contract ({@link BoundedBenchContract}'s 63 checks) with and without
 * a cross-column {@code @RowRule} ({@link RowRuleBenchContract}) and with a rule that always holds
 * ({@link TrivialRowRuleBenchContract}: building the record alone), all through the JUnit Platform
 * Launcher on the seeded {@link ContractData} file. The target is a ratio of at most 1.3; it is stated in
 * {@code benchmarks/RESULTS-rowrules.md}, never asserted in a test. Setup checks, untimed, that each run
 * reached its verdicts and scanned the file once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RowRuleBenchmark {

    /** Data rows of the generated file; 1,000,000 for the recorded results. */
    @Param({"1000000"})
    public long rows;

    private Path directory;
    private ContractRuns withRule;
    private ContractRuns withoutRule;
    private ContractRuns withTrivialRule;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = BenchFiles.newDirectory();
        Path data = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                ContractData.Variant.REFERENCE);
        System.err.println("[RowRuleBenchmark] generated " + BenchFiles.size(data) + ", " + rows + " rows");
        Map<String, String> parameters = Map.of("bench.data", data.toString());
        withoutRule = new ContractRuns(BoundedBenchContract.class, directory, parameters);
        withoutRule.verify("BoundedBenchContract", 20, data);
        withRule = new ContractRuns(RowRuleBenchContract.class, directory, parameters);
        TestExecutionSummary summary = withRule.verify("RowRuleBenchContract", 21, data);
        withTrivialRule = new ContractRuns(TrivialRowRuleBenchContract.class, directory, parameters);
        TestExecutionSummary trivial = withTrivialRule.verify("TrivialRowRuleBenchContract", 21, data);
        long without = withoutRule.run().getTestsFoundCount();
        if (summary.getTestsFoundCount() != without + 1 || trivial.getTestsFoundCount() != without + 1) {
            throw new IllegalStateException("each contract with a rule should have exactly one check more");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFiles.delete(directory);
    }

    /** The contract without the row rule. */
    @Benchmark
    public TestExecutionSummary withoutRowRule() {
        return withoutRule.run();
    }

    /** The same contract with a rule that always holds: the cost of building each row's record. */
    @Benchmark
    public TestExecutionSummary withTrivialRowRule() {
        return withTrivialRule.run();
    }

    /** The same contract with one cross-column row rule evaluated on every row. */
    @Benchmark
    public TestExecutionSummary withRowRule() {
        return withRule.run();
    }
}
