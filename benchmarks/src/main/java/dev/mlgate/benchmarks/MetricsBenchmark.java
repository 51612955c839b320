package dev.mlgate.benchmarks;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Binary metrics at scale, and the Poisson bootstrap against a naive bootstrap in the same run.
 *
 * <ul>
 *   <li>{@code fourMetrics10M}: ROC AUC, average precision, log loss and Brier score together on
 *       10,000,000 predictions, including building the view (the one sort by score).</li>
 *   <li>{@code poissonBootstrapRocAuc1M}: a 1,000-resample 95% interval of ROC AUC on 1,000,000
 *       predictions with {@link Bootstrap} (Poisson weights over rows sorted once).</li>
 *   <li>{@code naiveBootstrapRocAuc1M}: the named reference: each resample draws n row indices with
 *       replacement, copies those rows and recomputes ROC AUC from scratch (a new view, so a new sort),
 *       as a textbook bootstrap does. It runs {@value #NAIVE_RESAMPLES} resamples per invocation, not
 *       1,000, to keep the run short: its resamples are independent and equally expensive, so time per
 *       resample (the score of both bootstrap benchmarks, via {@link OperationsPerInvocation}) is the
 *       comparable quantity, and 1,000 naive resamples take 1,000 times that.</li>
 * </ul>
 *
 * Data are generated once per trial from fixed seeds: labels Bernoulli(0.3), scores the logistic of
 * {@code 1.5 (2y - 1) + N(0, 1.5)} rounded to 4 decimals (so there are ties, as in real files).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MetricsBenchmark {

    static final int BOOTSTRAP_RESAMPLES = 1000;
    static final int NAIVE_RESAMPLES = 50;

    private double[] scores10M;
    private boolean[] labels10M;
    private double[] scores1M;
    private boolean[] labels1M;
    private BinaryScores view1M;

    @Setup
    public void generate() {
        scores10M = new double[10_000_000];
        labels10M = new boolean[scores10M.length];
        fill(new SplittableRandom(20240501L), scores10M, labels10M);
        scores1M = new double[1_000_000];
        labels1M = new boolean[scores1M.length];
        fill(new SplittableRandom(42L), scores1M, labels1M);
        view1M = BinaryScores.of(scores1M, labels1M);
    }

    private static void fill(SplittableRandom random, double[] scores, boolean[] labels) {
        for (int i = 0; i < scores.length; i++) {
            labels[i] = random.nextDouble() < 0.3;
            double z = 1.5 * (labels[i] ? 1 : -1) + 1.5 * gaussian(random);
            scores[i] = Math.round(1e4 / (1 + Math.exp(-z))) / 1e4;
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Benchmark
    public double fourMetrics10M() {
        BinaryScores scores = BinaryScores.of(scores10M, labels10M);
        return scores.rocAuc().value() + scores.averagePrecision().value() + scores.logLoss().value()
                + scores.brierScore().value();
    }

    @Benchmark
    @OperationsPerInvocation(BOOTSTRAP_RESAMPLES)
    public Interval poissonBootstrapRocAuc1M() {
        return new Bootstrap(7L, BOOTSTRAP_RESAMPLES, 0.95).interval(view1M, BinaryScores::rocAuc);
    }

    @Benchmark
    @OperationsPerInvocation(NAIVE_RESAMPLES)
    public double[] naiveBootstrapRocAuc1M() {
        SplittableRandom random = new SplittableRandom(7L);
        int n = scores1M.length;
        double[] values = new double[NAIVE_RESAMPLES];
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int r = 0; r < NAIVE_RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int row = random.nextInt(n);
                scores[i] = scores1M[row];
                labels[i] = labels1M[row];
            }
            values[r] = BinaryScores.of(scores, labels).rocAuc().value();
        }
        Arrays.sort(values);
        return new double[] {values[(int) (0.025 * (NAIVE_RESAMPLES - 1))], values[(int) (0.975 * (NAIVE_RESAMPLES - 1))]};
    }
}
