package dev.mlgate.metrics.internal;

/** Row-selection helpers shared by the evaluation views' {@code subset} and {@code filter}. */
public final class Rows {

    private Rows() {
    }

    /**
     * Validates subset row indices: each within {@code [0, size)} and none repeated.
     *
     * @param rowIndices the parent rows to keep, in the subset's order
     * @param size       the parent's number of rows
     * @return a copy of the indices
     * @throws IllegalArgumentException naming the offending position
     */
    public static int[] checkedSubset(int[] rowIndices, int size) {
        if (rowIndices == null) {
            throw new IllegalArgumentException("row indices must not be null");
        }
        boolean[] seen = new boolean[size];
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            if (r < 0 || r >= size) {
                throw new IllegalArgumentException(
                        "row index " + r + " at position " + i + " is outside [0, " + size + ")");
            }
            if (seen[r]) {
                throw new IllegalArgumentException("row index " + r + " is repeated (position " + i + ")");
            }
            seen[r] = true;
        }
        return rowIndices.clone();
    }

    /**
     * The indices of the rows a mask keeps.
     *
     * @param mask one flag per row
     * @param size the number of rows
     * @return the kept rows, increasing
     */
    public static int[] ofMask(boolean[] mask, int size) {
        if (mask == null || mask.length != size) {
            throw new IllegalArgumentException("expected a mask of " + size + " flags, got "
                    + (mask == null ? "null" : mask.length));
        }
        int count = 0;
        for (boolean b : mask) {
            if (b) {
                count++;
            }
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (mask[i]) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /**
     * The order of a subset's rows derived from the parent's order in O(n), without sorting again.
     *
     * @param parentOrder the parent's row order
     * @param subsetRows  the parent row of each subset row
     * @return the subset rows (as subset indices) in the parent's order
     */
    public static int[] restrictOrder(int[] parentOrder, int[] subsetRows) {
        int[] newIndex = new int[parentOrder.length];
        java.util.Arrays.fill(newIndex, -1);
        for (int i = 0; i < subsetRows.length; i++) {
            newIndex[subsetRows[i]] = i;
        }
        int[] order = new int[subsetRows.length];
        int k = 0;
        for (int parentRow : parentOrder) {
            int j = newIndex[parentRow];
            if (j >= 0) {
                order[k++] = j;
            }
        }
        return order;
    }
}
