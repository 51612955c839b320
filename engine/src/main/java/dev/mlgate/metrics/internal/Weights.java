package dev.mlgate.metrics.internal;

/** Validation and small helpers for integer frequency weights ({@code null} means every row has weight 1). */
public final class Weights {

    private Weights() {
    }

    /**
     * A validated copy of frequency weights.
     *
     * @param weights one weight per row
     * @param rows    the number of rows expected
     * @return a copy
     * @throws IllegalArgumentException on a length mismatch or a negative weight (naming its 0-based index)
     */
    public static int[] checkedCopy(int[] weights, int rows) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (weights.length != rows) {
            throw new IllegalArgumentException(
                    "expected " + rows + " weights, one per row, got " + weights.length);
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight at index " + i + " is negative: " + weights[i]);
            }
        }
        return weights.clone();
    }

    /**
     * The weight of a row.
     *
     * @param weights the weights, or {@code null} for all ones
     * @param row     the row
     * @return the row's weight
     */
    public static int of(int[] weights, int row) {
        return weights == null ? 1 : weights[row];
    }

    /**
     * The sum of the weights of all rows.
     *
     * @param weights the weights, or {@code null} for all ones
     * @param rows    the number of rows
     * @return the total weight
     */
    public static long total(int[] weights, int rows) {
        if (weights == null) {
            return rows;
        }
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        return sum;
    }

    /**
     * The weights of a subset of rows, in the subset's order.
     *
     * @param weights the parent's weights, or {@code null}
     * @param rows    the parent row of each subset row
     * @return the subset's weights, or {@code null} when the parent had none
     */
    public static int[] select(int[] weights, int[] rows) {
        if (weights == null) {
            return null;
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = weights[rows[i]];
        }
        return out;
    }
}
