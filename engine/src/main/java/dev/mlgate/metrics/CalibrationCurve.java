package dev.mlgate.metrics;

import java.util.List;

/**
 * A reliability diagram: for each non-empty equal-width bin of predicted probability, the mean predicted
 * probability and the observed positive rate.
 *
 * <p>Bin edges are the doubles nearest to {@code i / bins}; bin i holds {@code lower <= p < upper} and the
 * last bin also holds {@code p = 1}. (scikit-learn's {@code calibration_curve} closes bins on the right
 * instead; mlgate uses the same bins as {@link BinaryScores#expectedCalibrationError(int)} so the chart and
 * the number agree.) Empty bins are left out, as scikit-learn does.
 *
 * @param bins            the non-empty bins, in increasing order
 * @param undefinedReason why the curve is undefined (no rows, scores not probabilities), or {@code null}
 */
public record CalibrationCurve(List<Bin> bins, String undefinedReason) {

    /** Copies the bin list. */
    public CalibrationCurve {
        bins = List.copyOf(bins);
    }

    /**
     * One bin of the curve.
     *
     * @param lower         the bin's lower edge (inclusive)
     * @param upper         the bin's upper edge (exclusive, inclusive for the last bin)
     * @param meanPredicted the weighted mean score of the bin's rows
     * @param observedRate  the weighted fraction of the bin's rows that are positive
     * @param count         the weighted number of rows in the bin
     */
    public record Bin(double lower, double upper, double meanPredicted, double observedRate, long count) {
    }

    /** @return whether the curve has bins */
    public boolean isDefined() {
        return undefinedReason == null;
    }
}
