package dev.mlgate.history.internal;

/**
 * What a strategy concluded about the new value: whether it is an anomaly, the range of values it would
 * have accepted, and the numbers behind it in a sentence.
 *
 * @param anomalous true when the value is an anomaly
 * @param lower smallest value accepted (may be infinite)
 * @param upper largest value accepted (may be infinite)
 * @param explanation the computed quantities, such as {@code change -12.0 outside [-10.0, 10.0]}
 * @param undefined true when the strategy's quantity is undefined on this history (a ratio to 0): no verdict
 */
public record Detection(boolean anomalous, double lower, double upper, String explanation, boolean undefined) {

    /** A decided detection: anomalous when outside {@code [lower, upper]}. */
    static Detection of(double value, double lower, double upper, String explanation) {
        return new Detection(value < lower || value > upper, lower, upper, explanation, false);
    }

    /** No verdict: the strategy's quantity cannot be computed. */
    static Detection undefined(String explanation) {
        return new Detection(false, Double.NaN, Double.NaN, explanation, true);
    }
}
