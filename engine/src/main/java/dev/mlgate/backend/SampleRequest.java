package dev.mlgate.backend;

/**
 * The values of one column that drift methods compare with the reference; a {@link Sample}.
 *
 * @param column the column
 * @param numeric whether the sample keeps numbers (integers, decimals, dates and times as epoch day or
 *     second) rather than counts per category
 */
public record SampleRequest(String column, boolean numeric) {

    /** Most distinct values a categorical sample counts before it is judged high-cardinality. */
    public static final int MAX_CATEGORIES = 1000;
}
