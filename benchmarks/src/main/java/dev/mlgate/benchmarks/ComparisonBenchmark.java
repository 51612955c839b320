package dev.mlgate.benchmarks;

import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.stats.DeLong;
import dev.mlgate.stats.DeLongResult;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of comparing two models on 1,000,000 paired predictions, as a ratio to the named reference
 * measured in the same run: computing the two ROC AUCs once from the raw arrays
 * ({@link #twoAucsOnce}, which sorts each model's scores). Measured: DeLong's test from the same raw
 * arrays ({@link #deLong}), and a 1,000-resample paired Poisson bootstrap of the AUC difference,
 * including building both views ({@link #pairedBootstrap1000}).
 *
 * <p>Data: seeded {@code SplittableRandom(20240606)}; 30% positives; the baseline scores a Gaussian
 * signal of the label with noise, the candidate a less noisy one sharing part of the baseline's noise,
 * so the two models are correlated as real candidates are.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ComparisonBenchmark {

    @Param("1000000")
    int rows;

    private boolean[] labels;
    private double[] candidate;
    private double[] baseline;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(20240606);
        labels = new boolean[rows];
        candidate = new double[rows];
        baseline = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextDouble() < 0.3;
            double signal = labels[i] ? 1.0 : 0.0;
            double shared = gaussian(random);
            baseline[i] = signal + 1.2 * shared + gaussian(random);
            candidate[i] = 1.3 * signal + 0.8 * shared + 0.6 * gaussian(random);
        }
    }

    /** The reference: both AUCs once, from the raw arrays. */
    @Benchmark
    public double twoAucsOnce() {
        return BinaryScores.of(candidate, labels).rocAuc().value() - BinaryScores.of(baseline, labels).rocAuc().value();
    }

    /** DeLong's test of the AUC difference (Sun and Xu's O(n log n) algorithm). */
    @Benchmark
    public DeLongResult deLong() {
        return DeLong.test(labels, candidate, baseline);
    }

    /** 1,000 paired resamples of the AUC difference, one Poisson weight vector per resample for both views. */
    @Benchmark
    public PairedBootstrap.Result pairedBootstrap1000() throws Exception {
        BinaryScores candidateView = BinaryScores.of(candidate, labels);
        BinaryScores baselineView = BinaryScores.of(baseline, labels);
        return new PairedBootstrap(42, 1000, 0.95).difference(candidateView, baselineView, BinaryScores::rocAuc, false);
    }

    /** Box-Muller, one value per call, from the seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
