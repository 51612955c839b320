package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.MULTICLASS;
import static dev.mlgate.assertions.Fixtures.ONE_CLASS;
import static dev.mlgate.assertions.Fixtures.REGRESSION;
import static dev.mlgate.assertions.Fixtures.SCORES;
import static dev.mlgate.assertions.Fixtures.lines;
import static dev.mlgate.assertions.MlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Intervals are the engine's seeded Poisson bootstrap (default seed 42, 1000 resamples, as the engine's gates);
 * the bounds pinned below are what {@code Bootstrap} gives on the Fixtures inputs with those settings.
 */
class IntervalAssertTest {

    private static final String ROC_AUC_95 = "  roc_auc = 0.6944444444444444 [0.30486111111111125, 1.0] (95.0% Poisson "
            + "bootstrap, percentile interval, 1000 resamples, 4 undefined, seed 42)";

    @Test
    void should_pass_when_the_lower_bound_reaches_the_threshold() {
        assertThatNoException().isThrownBy(() -> assertThat(SCORES).rocAucInterval(0.95).lowerBoundIsAtLeast(0.3)
                .upperBoundIsAtMost(1.0).hasWidthAtMost(0.7));
    }

    @Test
    void should_fail_when_the_lower_bound_misses_the_threshold_with_both_values_for_a_diff() {
        assertThatExceptionOfType(AssertionFailedError.class)
                .isThrownBy(() -> assertThat(SCORES).rocAucInterval(0.95).lowerBoundIsAtLeast(0.85))
                .withMessage(lines("", "Expecting actual:", ROC_AUC_95, "to have a lower bound of at least 0.85,",
                        "but it was 0.30486111111111125"))
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(error.getExpected().getValue())
                        .isEqualTo(0.85));
    }

    @Test
    void should_fail_when_the_upper_bound_exceeds_the_threshold() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(SCORES).logLossInterval(0.9).upperBoundIsAtMost(0.5))
                .withMessage(lines("", "Expecting actual:", "  log_loss = 0.6540776388398495 [0.4170399876383965, "
                        + "0.9180514856740649] (90.0% Poisson bootstrap, percentile interval, 1000 resamples, "
                        + "0 undefined, seed 42)", "to have an upper bound of at most 0.5,", "but it was 0.9180514856740649"));
    }

    @Test
    void should_fail_when_the_interval_is_too_wide() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(SCORES).rocAucInterval(0.95).hasWidthAtMost(0.1))
                .withMessage(lines("", "Expecting actual:", ROC_AUC_95, "to have a width of at most 0.1,",
                        "but it was 0.6951388888888888"));
    }

    @Test
    void should_navigate_to_a_bound_as_a_described_double() {
        assertThatNoException().isThrownBy(() -> assertThat(SCORES).rocAucInterval(0.95).upperBound().isEqualTo(1.0));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(SCORES).rocAucInterval(0.95).lowerBound().isGreaterThan(0.85))
                .withMessage(lines("[roc_auc lower bound] ", "Expecting actual:", "  0.30486111111111125",
                        "to be greater than:", "  0.85", ""));
    }

    @Test
    void should_use_the_seed_and_resamples_set() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(SCORES).withSeed(7).withResamples(200).rocAucInterval(0.9)
                        .lowerBoundIsAtLeast(0.85))
                .withMessage(lines("", "Expecting actual:", "  roc_auc = 0.6944444444444444 [0.3983333333333333, 0.95] "
                        + "(90.0% Poisson bootstrap, percentile interval, 200 resamples, 2 undefined, seed 7)",
                        "to have a lower bound of at least 0.85,", "but it was 0.3983333333333333"));
    }

    @Test
    void should_fail_on_an_undefined_interval_with_the_engines_reason() {
        String reason = "the metric is undefined on the evaluation rows: ROC AUC is undefined: the evaluation rows "
                + "hold only one class (positive: 0, negative: 3)";
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(ONE_CLASS).rocAucInterval(0.9).lowerBoundIsAtLeast(0.5))
                .withMessage(lines("", "Expecting actual:", "  the 90% interval of roc_auc (Poisson bootstrap, "
                        + "percentile interval, 1000 resamples, seed 42)", "to have a defined interval,", "but " + reason));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(ONE_CLASS).rocAucInterval(0.9).upperBound().isLessThan(1))
                .withMessage(lines("", "Expecting actual:", "  the 90% interval of roc_auc (Poisson bootstrap, "
                        + "percentile interval, 1000 resamples, seed 42)", "to have a defined interval,", "but " + reason));
    }

    /** The other interval methods: each must be its metric's bootstrap interval with the default seed and resamples. */
    static Stream<Arguments> intervals() {
        Bootstrap at95 = Bootstrap.withSeed(42);
        return Stream.of(
                interval(at95.interval(SCORES, BinaryScores::averagePrecision),
                        () -> assertThat(SCORES).averagePrecisionInterval(0.95)),
                interval(at95.interval(SCORES, BinaryScores::brierScore),
                        () -> assertThat(SCORES).brierScoreInterval(0.95)),
                interval(at95.interval(SCORES, BinaryScores::prAuc),
                        () -> assertThat(SCORES).interval(BinaryScores::prAuc, 0.95)),
                interval(at95.interval(MULTICLASS, MulticlassPredictions::accuracy),
                        () -> assertThat(MULTICLASS).accuracyInterval(0.95)),
                interval(at95.interval(REGRESSION, RegressionPredictions::rmse),
                        () -> assertThat(REGRESSION).rmseInterval(0.95)));
    }

    private static Arguments interval(Interval expected, Supplier<IntervalAssert> assertion) {
        return arguments(expected.metric(), expected, assertion);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intervals")
    void should_pass_each_interval_at_its_bounds(String metric, Interval expected, Supplier<IntervalAssert> assertion) {
        assertThatNoException().isThrownBy(() -> assertion.get().lowerBoundIsAtLeast(expected.lower())
                .upperBoundIsAtMost(expected.upper()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intervals")
    void should_fail_each_interval_above_its_lower_bound(String metric, Interval expected,
            Supplier<IntervalAssert> assertion) {
        double threshold = expected.lower() + 0.01;
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertion.get().lowerBoundIsAtLeast(threshold))
                .withMessage(lines("", "Expecting actual:", "  " + expected, "to have a lower bound of at least "
                        + threshold + ",", "but it was " + expected.lower()));
    }
}
