package dev.mlgate.stats;

import java.util.Optional;

/**
 * Outcome of {@link Wasserstein#normalized(double[], double[])}.
 *
 * @param distance the first Wasserstein distance, in the unit of the column
 * @param referenceStandardDeviation population ({@code ddof = 0}) standard deviation of the reference
 * @param normalizedDistance {@code distance / referenceStandardDeviation}, or {@code NaN} when undefined
 * @param undefinedReason why the normalised distance is undefined, empty when it is defined
 */
public record WassersteinResult(
        double distance, double referenceStandardDeviation, double normalizedDistance,
        Optional<String> undefinedReason) {

    /** Whether {@link #normalizedDistance()} is a number. */
    public boolean isNormalizedDefined() {
        return undefinedReason.isEmpty();
    }
}
