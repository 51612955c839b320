package dev.mlgate.spark.internal;

import java.util.Locale;

/**
 * How Spark computes quantiles ({@code mlgate.spark.quantiles}): {@code exact} (default) with Spark's
 * {@code percentile}, which counts each distinct value of the column on one executor (memory grows with
 * the distinct values, never on the driver); {@code approximate} with {@code percentile_approx} at
 * accuracy {@value #ACCURACY}, whose rank error is at most {@code n / }{@value #ACCURACY} values, for
 * columns with too many distinct values for one executor.
 */
enum QuantileMode {
    EXACT, APPROXIMATE;

    /** Configuration key. */
    static final String KEY = "mlgate.spark.quantiles";

    /** The accuracy of {@code percentile_approx}: relative rank error at most 1 / accuracy. */
    static final int ACCURACY = 10_000;

    static QuantileMode parse(String text) {
        if (text == null || text.isBlank()) {
            return EXACT;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "exact" -> EXACT;
            case "approximate" -> APPROXIMATE;
            default -> throw new IllegalArgumentException(KEY + " = '" + text + "': expected exact or approximate");
        };
    }
}
