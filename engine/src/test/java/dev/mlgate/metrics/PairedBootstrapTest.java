package dev.mlgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlgate.metrics.PoissonWeights;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    private static final double[] CANDIDATE = {0.91, 0.15, 0.72, 0.33, 0.64, 0.08, 0.55, 0.47, 0.86, 0.21, 0.69, 0.38};
    private static final double[] BASELINE = {0.71, 0.35, 0.52, 0.43, 0.44, 0.18, 0.65, 0.37, 0.66, 0.41, 0.49, 0.28};
    private static final boolean[] LABELS = {true, false, true, false, true, false, false, true, true, false, true,
        false};

    @Test
    void percentile_interval_and_p_value_as_numpy_and_the_stated_formula() {
        double[] differences = {0.031, -0.004, 0.012, 0.0, 0.027, 0.019, -0.011, 0.008, 0.022, 0.015, 0.0, 0.041};

        PairedBootstrap.Result result = new PairedBootstrap(1, 12, 0.95).summarise(differences, 0);

        // reference/baseline_reference.py, numpy 1.24.2: percentile 2.5 = -0.009075, 97.5 = 0.03825;
        // k = min(4 at or below 0, 10 at or above 0) = 4, p = 2 (1 + 4) / 13 = 0.7692307692307693
        assertThat(result.lower()).isCloseTo(-0.009075, within(1e-15));
        assertThat(result.upper()).isCloseTo(0.03825, within(1e-15));
        assertThat(result.pValue()).isEqualTo(0.7692307692307693);
    }

    @Test
    void applies_one_weight_vector_to_both_views() throws Exception {
        BinaryScores candidate = BinaryScores.of(CANDIDATE, LABELS);
        BinaryScores baseline = BinaryScores.of(BASELINE, LABELS);

        PairedBootstrap.Result result = new PairedBootstrap(7, 1, 0.5)
                .difference(candidate, baseline, BinaryScores::rocAuc, false);

        int[] weights = PoissonWeights.draw(new SplittableRandom(7), candidate);
        double expected = candidate.withWeights(weights).rocAuc().value() - baseline.withWeights(weights).rocAuc().value();
        assertThat(result.lower()).isEqualTo(expected);
        assertThat(result.upper()).isEqualTo(expected);
    }

    @Test
    void finds_no_difference_between_identical_models() throws Exception {
        BinaryScores view = BinaryScores.of(CANDIDATE, LABELS);

        PairedBootstrap.Result result = new PairedBootstrap(3, 200, 0.95)
                .difference(view, BinaryScores.of(CANDIDATE, LABELS), BinaryScores::rocAuc, false);

        assertThat(result.lower()).isZero();
        assertThat(result.upper()).isZero();
        assertThat(result.pValue()).isEqualTo(1.0);
    }
}
