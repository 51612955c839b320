package dev.mlgate.metrics.internal;

/**
 * The rows behind a regression evaluation view. Arrays are shared between views and never modified.
 *
 * @param actual        the true values
 * @param predicted     the predicted values
 * @param weights       frequency weights, or {@code null} for all ones
 * @param residualOrder rows by increasing absolute error, built on first use and shared by re-weighted views
 */
public record RegressionData(double[] actual, double[] predicted, int[] weights, ResidualOrder residualOrder) {

    /** @return the number of stored rows */
    public int size() {
        return actual.length;
    }

    /**
     * @param row a row
     * @return its frequency weight
     */
    public int weight(int row) {
        return Weights.of(weights, row);
    }

    /** @return the weighted number of rows */
    public long total() {
        return Weights.total(weights, actual.length);
    }

    /** Lazily sorts rows by absolute error once; thread-safe. */
    public static final class ResidualOrder {
        private final double[] actual;
        private final double[] predicted;
        private int[] order;

        /**
         * @param actual    the true values
         * @param predicted the predicted values
         */
        public ResidualOrder(double[] actual, double[] predicted) {
            this.actual = actual;
            this.predicted = predicted;
        }

        /** @return row indices by increasing absolute error */
        public synchronized int[] increasing() {
            if (order == null) {
                double[] negatedError = new double[actual.length];
                for (int i = 0; i < actual.length; i++) {
                    negatedError[i] = -Math.abs(actual[i] - predicted[i]);
                }
                order = IndexSort.descending(negatedError);
            }
            return order;
        }
    }
}
