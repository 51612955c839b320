package dev.mlgate.data;

import java.util.Map;

/**
 * The columns {@link Columns#read} collected, all of the same length, in file row order.
 *
 * <p>The arrays are handed out without copying, for speed: treat them as read-only.
 */
public final class ColumnData {

    private final int size;
    private final Map<String, Object> arrays;

    ColumnData(int size, Map<String, Object> arrays) {
        this.size = size;
        this.arrays = Map.copyOf(arrays);
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** A column requested with {@link ColumnRequest#decimals(String)}. */
    public double[] decimals(String column) {
        return get(column, double[].class, "decimals");
    }

    /** A column requested with {@link ColumnRequest#integers(String)}. */
    public long[] integers(String column) {
        return get(column, long[].class, "integers");
    }

    /** A column requested with {@link ColumnRequest#texts(String)}; missing values are {@code null}. */
    public String[] texts(String column) {
        return get(column, String[].class, "texts");
    }

    private <T> T get(String column, Class<T> type, String what) {
        Object array = arrays.get(column);
        if (!type.isInstance(array)) {
            throw new IllegalArgumentException("column '" + column + "' was not requested as " + what
                    + "; requested: " + arrays.keySet());
        }
        return type.cast(array);
    }
}
