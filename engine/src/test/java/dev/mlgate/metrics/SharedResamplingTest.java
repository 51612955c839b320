package dev.mlgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.metrics.internal.ResamplePlan;
import dev.mlgate.metrics.internal.ResampleRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The shared resampling plan: resample r's weights, computed from its index, are the r-th weights of the
 * sequential draw from one {@code SplittableRandom(seed)}; so a shared pass gives every metric the interval
 * its lone sequential bootstrap gave, and the thread count changes nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SharedResamplingTest {

    private static final long SEED = 42;
    private static final int RESAMPLES = 200;

    @Test
    void each_resample_drawn_by_its_index_equals_the_sequential_draw_also_for_weighted_views() {
        BinaryScores plain = scores(new SplittableRandom(3), 500, 0);
        BinaryScores weighted = plain.withWeights(new SplittableRandom(4).ints(500, 0, 4).toArray());
        for (BinaryScores view : List.of(plain, weighted)) {
            SplittableRandom sequential = new SplittableRandom(SEED);
            ResamplePlan plan = ResamplePlan.of(SEED, view);
            for (int r = 0; r < 50; r++) {
                assertThat(plan.weights(r, view)).isEqualTo(PoissonWeights.draw(sequential, view));
            }
        }
    }

    @Test
    void a_shared_pass_gives_each_metric_the_interval_of_its_lone_sequential_bootstrap_at_its_own_level() {
        BinaryScores view = scores(new SplittableRandom(5), 2000, 0);
        List<Function<BinaryScores, Metric>> metrics = List.of(BinaryScores::rocAuc, BinaryScores::logLoss,
                s -> s.at(0.5).recall());
        double[] levels = {0.95, 0.9, 0.8};
        List<Bootstrap.Shared<BinaryScores>> shared = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            shared.add(new Bootstrap.Shared<>(metrics.get(m), levels[m]));
        }
        List<Bootstrap.Outcome> outcomes = new Bootstrap(SEED, RESAMPLES, 0.95).intervals(view, shared, 2);
        for (int m = 0; m < metrics.size(); m++) {
            double[] expected = sequentialInterval(view, metrics.get(m), levels[m]);
            Interval interval = outcomes.get(m).interval();
            assertThat(new double[] {interval.lower(), interval.upper()}).isEqualTo(expected);
            assertThat(interval.confidence()).isEqualTo(levels[m]);
            assertThat(new Bootstrap(SEED, RESAMPLES, levels[m]).interval(view, metrics.get(m))).isEqualTo(interval);
        }
    }

    @Test
    void intervals_and_paired_differences_are_the_same_on_one_and_on_four_threads() throws Exception {
        BinaryScores candidate = scores(new SplittableRandom(6), 3000, 0);
        BinaryScores baseline = scores(new SplittableRandom(6), 3000, 0.8);
        List<Bootstrap.Shared<BinaryScores>> metrics = List.of(new Bootstrap.Shared<>(BinaryScores::rocAuc, 0.95),
                new Bootstrap.Shared<>(BinaryScores::averagePrecision, 0.9));
        Bootstrap bootstrap = new Bootstrap(SEED, RESAMPLES, 0.95);
        assertThat(bootstrap.intervals(candidate, metrics, 4)).isEqualTo(bootstrap.intervals(candidate, metrics, 1));
        List<PairedBootstrap.Shared<BinaryScores>> paired = List.of(
                new PairedBootstrap.Shared<>(BinaryScores::rocAuc, false, 0.95),
                new PairedBootstrap.Shared<>(BinaryScores::logLoss, true, 0.9));
        PairedBootstrap pairedBootstrap = new PairedBootstrap(SEED, RESAMPLES, 0.95);
        List<PairedBootstrap.Outcome> one = pairedBootstrap.differences(candidate, baseline, paired, 1);
        List<PairedBootstrap.Outcome> four = pairedBootstrap.differences(candidate, baseline, paired, 4);
        assertThat(four).isEqualTo(one);
        // and each equals the lone paired bootstrap drawn sequentially, as before resamples were shared
        assertThat(one.get(0).result()).isEqualTo(sequentialPaired(candidate, baseline, BinaryScores::rocAuc, 0.95));
    }

    @Test
    void a_metric_that_throws_fails_alone_with_the_exception_of_its_lowest_numbered_resample() {
        BinaryScores view = scores(new SplittableRandom(8), 400, 0);
        int[] calls = new int[1];
        Function<BinaryScores, Metric> throwing = s -> {
            throw new IllegalStateException("resample of " + s.positives() + " positives");
        };
        List<Bootstrap.Outcome> outcomes = new Bootstrap(SEED, RESAMPLES, 0.95).intervals(view, List.of(
                new Bootstrap.Shared<>(BinaryScores::rocAuc, 0.95), new Bootstrap.Shared<>(s -> {
                    calls[0]++;
                    return calls[0] > 1 ? throwing.apply(s) : s.rocAuc();
                }, 0.95)), 1);
        assertThat(outcomes.get(0).failure()).isNull();
        assertThat(outcomes.get(1).failure()).hasMessage("resample of " + view.withWeights(
                ResamplePlan.of(SEED, view).weights(0, view)).positives() + " positives");
        assertThatThrownBy(() -> ResampleRunner.run(100, 4, r -> {
            if (r % 10 == 7) {
                throw new IllegalArgumentException("resample " + r);
            }
        })).hasMessage("resample 7");
    }

    /** The bootstrap as it was before resamples were shared: one generator, resamples drawn in order. */
    private static double[] sequentialInterval(BinaryScores view, Function<BinaryScores, Metric> metric,
            double level) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            values[r] = metric.apply(view.withWeights(PoissonWeights.draw(random, view))).value();
        }
        Arrays.sort(values);
        double tail = (1 - level) / 2;
        return new double[] {Bootstrap.percentile(values, tail), Bootstrap.percentile(values, 1 - tail)};
    }

    private static PairedBootstrap.Result sequentialPaired(BinaryScores candidate, BinaryScores baseline,
            Function<BinaryScores, Metric> metric, double level) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] differences = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            int[] weights = PoissonWeights.draw(random, candidate);
            differences[r] = metric.apply(candidate.withWeights(weights)).value()
                    - metric.apply(baseline.withWeights(weights)).value();
        }
        return new PairedBootstrap(SEED, RESAMPLES, level).summarise(differences, 0);
    }

    /** Scores of n rows, 40% positive; {@code noise} blurs a shared signal, so two views are correlated. */
    private static BinaryScores scores(SplittableRandom random, int n, double noise) {
        double[] s = new double[n];
        boolean[] labels = new boolean[n];
        SplittableRandom extra = new SplittableRandom(99);
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.4;
            double x = (labels[i] ? 1 : -1) + random.nextGaussian() + noise * extra.nextGaussian();
            s[i] = 1 / (1 + Math.exp(-x));
        }
        return BinaryScores.of(s, labels);
    }
}
