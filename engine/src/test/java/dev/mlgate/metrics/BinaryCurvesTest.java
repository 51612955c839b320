package dev.mlgate.metrics;

import static dev.mlgate.metrics.BinaryScoresTest.A;
import static dev.mlgate.metrics.BinaryScoresTest.A_WEIGHTED;
import static dev.mlgate.metrics.BinaryScoresTest.EQUAL;
import static dev.mlgate.metrics.BinaryScoresTest.ONE_CLASS;
import static dev.mlgate.metrics.BinaryScoresTest.labels;
import static dev.mlgate.metrics.Reference.assertClose;
import static dev.mlgate.metrics.Reference.assertMatches;
import static dev.mlgate.metrics.Reference.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Chart curves and calibration against scikit-learn 1.2.1 and numpy (metrics_reference.py). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BinaryCurvesTest {

    // CAL: probabilities including exact bin edges 0.0, 0.3 (twice), 0.6, 1.0
    static final BinaryScores CAL = BinaryScores.of(
            new double[] {0.0, 0.05, 0.1, 0.15, 0.3, 0.3, 0.55, 0.6, 0.7, 0.72, 0.95, 1.0, 0.99, 0.45},
            labels(0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0));
    static final int[] CAL_WEIGHTS = {2, 1, 1, 3, 0, 1, 1, 2, 1, 1, 1, 2, 1, 1};

    @Test
    void roc_curve_matches_sklearn_without_dropping_intermediate_points() {
        RocCurve c = A.rocCurve(); // sklearn 1.2.1 roc_curve(INPUT_A, drop_intermediate=False)
        assertClose(c.fpr(), new double[] {0.0, 0.0, 0.16666666666666666, 0.16666666666666666, 0.5, 0.5,
                0.6666666666666666, 0.8333333333333334, 1.0}, "fpr");
        assertClose(c.tpr(), new double[] {0.0, 0.16666666666666666, 0.3333333333333333, 0.5, 0.6666666666666666,
                0.8333333333333334, 0.8333333333333334, 1.0, 1.0}, "tpr");
        assertClose(c.thresholds(), new double[] {1.9, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1}, "thresholds");
    }

    @Test
    void weighted_roc_curve_leaves_out_weight_zero_rows() {
        RocCurve c = A_WEIGHTED.rocCurve(); // sklearn 1.2.1 roc_curve(..., sample_weight=WEIGHTS_A)
        assertClose(c.fpr(), new double[] {0.0, 0.0, 0.0, 0.0, 0.36363636363636365, 0.5454545454545454,
                0.6363636363636364, 1.0}, "fpr");
        assertClose(c.tpr(), new double[] {0.0, 0.16666666666666666, 0.5, 0.6666666666666666, 0.8333333333333334,
                0.8333333333333334, 1.0, 1.0}, "tpr");
        assertClose(c.thresholds(), new double[] {1.9, 0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.1}, "thresholds");
    }

    @Test
    void precision_recall_curve_matches_sklearn() {
        PrecisionRecallCurve c = A.precisionRecallCurve(); // sklearn 1.2.1 precision_recall_curve(INPUT_A)
        assertClose(c.precision(), new double[] {0.5, 0.5454545454545454, 0.5555555555555556, 0.625,
                0.5714285714285714, 0.75, 0.6666666666666666, 1.0, 1.0}, "precision");
        assertClose(c.recall(), new double[] {1.0, 1.0, 0.8333333333333334, 0.8333333333333334, 0.6666666666666666,
                0.5, 0.3333333333333333, 0.16666666666666666, 0.0}, "recall");
        assertClose(c.thresholds(), new double[] {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9}, "thresholds");
        PrecisionRecallCurve w = A_WEIGHTED.precisionRecallCurve(); // ... sample_weight=WEIGHTS_A
        assertClose(w.precision(), new double[] {0.35294117647058826, 0.46153846153846156, 0.45454545454545453,
                0.5555555555555556, 1.0, 1.0, 1.0, 1.0}, "weighted precision");
        assertClose(w.thresholds(), new double[] {0.1, 0.2, 0.3, 0.6, 0.7, 0.8, 0.9}, "weighted thresholds");
    }

    @Test
    void all_equal_scores_give_a_single_threshold() {
        RocCurve roc = EQUAL.rocCurve(); // sklearn 1.2.1 roc_curve on EQUAL
        assertClose(roc.fpr(), new double[] {0.0, 1.0}, "fpr");
        assertClose(roc.thresholds(), new double[] {1.5, 0.5}, "thresholds");
        PrecisionRecallCurve pr = EQUAL.precisionRecallCurve();
        assertClose(pr.precision(), new double[] {0.5, 1.0}, "precision");
        assertClose(pr.recall(), new double[] {1.0, 0.0}, "recall");
    }

    @Test
    void curves_of_a_single_class_are_undefined_with_a_reason() {
        assertThat(ONE_CLASS.rocCurve().isDefined()).isFalse();
        assertThat(ONE_CLASS.rocCurve().undefinedReason()).contains("only one class");
        assertThat(ONE_CLASS.precisionRecallCurve().undefinedReason()).contains("no positives");
        assertThat(ONE_CLASS.rocCurve().fpr()).isEmpty();
    }

    @Test
    void expected_calibration_error_matches_the_numpy_formula() {
        assertMatches(A.expectedCalibrationError(), 0.2833333333333333); // numpy ece(INPUT_A, 10 bins)
        assertMatches(A_WEIGHTED.expectedCalibrationError(), 0.2588235294117647); // ... weights=WEIGHTS_A
        assertMatches(EQUAL.expectedCalibrationError(), 0.0); // numpy ece(EQUAL): mean 0.5, rate 0.5
        assertMatches(CAL.expectedCalibrationError(), 0.3014285714285714); // numpy ece(CAL, 10 bins)
        assertMatches(CAL.expectedCalibrationError(4), 0.15142857142857144); // numpy ece(CAL, 4 bins)
        // numpy ece(CAL, 10 bins, CAL_WEIGHTS) == ece on np.repeat(CAL, CAL_WEIGHTS)
        assertMatches(CAL.withWeights(CAL_WEIGHTS).expectedCalibrationError(), 0.3788888888888889);
    }

    @Test
    void calibration_curve_lists_non_empty_bins_with_edges_closed_on_the_left() {
        CalibrationCurve c = CAL.calibrationCurve(10); // numpy calibration_bins(CAL, 10)
        List<CalibrationCurve.Bin> bins = c.bins();
        assertThat(bins).extracting(CalibrationCurve.Bin::lower)
                .containsExactly(0.0, 0.1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9);
        assertThat(bins).extracting(CalibrationCurve.Bin::count).containsExactly(2L, 2L, 2L, 1L, 1L, 1L, 2L, 3L);
        double[] mean = {0.025, 0.125, 0.3, 0.45, 0.55, 0.6, 0.71, 0.98};
        double[] rate = {0.0, 0.5, 0.5, 0.0, 1.0, 0.0, 1.0, 0.6666666666666666};
        for (int i = 0; i < bins.size(); i++) {
            assertClose(bins.get(i).meanPredicted(), mean[i], "mean " + i);
            assertClose(bins.get(i).observedRate(), rate[i], "rate " + i);
        }
        CalibrationCurve w = CAL.withWeights(CAL_WEIGHTS).calibrationCurve(10); // ... with CAL_WEIGHTS
        assertThat(w.bins()).extracting(CalibrationCurve.Bin::count).containsExactly(3L, 4L, 1L, 1L, 1L, 2L, 2L, 4L);
        assertClose(w.bins().get(1).meanPredicted(), 0.13749999999999998, "weighted mean 1");
        assertClose(w.bins().get(7).meanPredicted(), 0.9850000000000001, "weighted mean 9");
        assertClose(w.bins().get(7).observedRate(), 0.75, "weighted rate 9");
    }

    @Test
    void calibration_curve_of_non_probabilities_is_undefined() {
        BinaryScores margins = BinaryScores.of(new double[] {0.2, 3.0}, labels(0, 1));
        assertThat(margins.calibrationCurve(10).undefinedReason()).contains("index 1 is 3.0");
        assertUndefined(margins.expectedCalibrationError(), "not a probability");
    }
}
