package dev.mlgate.backend;

/**
 * The result of {@link MetricRequest.SortedValues}: a column's non-NaN values in ascending order.
 *
 * @param values the sorted values; a backend must not keep or change the array after returning it
 */
public record SortedNumbers(double[] values) implements Quantiles {

    /**
     * The {@code q}-quantile with linear interpolation between closest ranks (numpy's default,
     * Hyndman and Fan type 7): position {@code q (n - 1)}; NaN when there is no value. Interpolates
     * from the nearer neighbour, as numpy's {@code _lerp} does, so results agree to the last bit.
     */
    @Override
    public double quantile(double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double position = q * (values.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, values.length - 1);
        double fraction = position - lower;
        double difference = values[upper] - values[lower];
        return fraction >= 0.5
                ? values[upper] - difference * (1 - fraction)
                : values[lower] + difference * fraction;
    }

    @Override
    public long size() {
        return values.length;
    }
}
