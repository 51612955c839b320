package dev.mlgate.contract.internal;

import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.internal.ColumnValue.State;
import java.util.Map;

/**
 * Counts every non-null value that occurs more than once, each of its occurrences the first included:
 * Great Expectations' {@code expect_column_values_to_be_unique} (pandas {@code duplicated(keep=False)}).
 * It also counts the distinct values and those occurring exactly once, for Deequ's {@code Uniqueness}
 * and {@code Distinctness} over the non-null values. Each distinct value is remembered with the row it
 * first occurred on, negated once it repeats, so the first occurrence can be named as an example, in
 * a table of the column's kind, without an object per value: numbers and booleans by
 * {@link ColumnValue#bits()} in {@link LongKeys}, text by its characters in {@link TextKeys}, dates and
 * times by their epoch and nanosecond in {@link LongPairRows}.
 */
final class RepeatsAccumulator implements Accumulator {

    /** Detail: the number of distinct values (a long), read by the distinct-count statistic. */
    static final String DISTINCT = "distinct";

    private final boolean includeNaN;
    private final RepeatExamples examples;
    private final LongKeys numbers = new LongKeys();
    private final TextKeys texts = new TextKeys();
    private final LongPairRows times = new LongPairRows();
    private long checked;
    private long duplicated;
    private long singletons;

    /**
     * @param includeNaN whether NaN is a value, equal to NaN (pandas' {@code duplicated}), or left out
     *     (pandas' {@code nunique})
     */
    RepeatsAccumulator(int maxExamples, boolean includeNaN) {
        this.examples = new RepeatExamples(maxExamples);
        this.includeNaN = includeNaN;
    }

    @Override
    public void accept(ColumnValue value) {
        if (value.state != State.VALUE) {
            return;
        }
        // rows are 1-based, so 0 is the tables' "absent"; a negative row marks a value already repeated
        switch (value.kind()) {
            case INTEGER, BOOLEAN -> count(numbers.see(value.bits(), value.row), value);
            case DECIMAL -> {
                if (includeNaN || !Double.isNaN(value.number)) {
                    count(numbers.see(value.bits(), value.row), value);
                }
            }
            case STRING -> {
                FieldText text = value.chars();
                count(texts.see(text.buffer(), text.start(), text.length(), value.row), value);
            }
            default -> count(seeTime(value), value);
        }
    }

    /** Counts one value of the scan, making its text only when it becomes an example. */
    private void count(long first, ColumnValue value) {
        count(first, value.row, first == 0 || examples.isFull() ? null : value.raw());
    }

    /**
     * Sees a present value of a text column given as the characters {@code buf[offset, offset + length)}
     * on {@code row}, as {@link #accept} does for its {@code raw}: a {@code String} is made only for an
     * example.
     */
    void acceptText(char[] buf, int offset, int length, long row) {
        long first = texts.see(buf, offset, length, row);
        if (first == 0 || examples.isFull()) {
            count(first, row, null);
        } else {
            count(first, row, new String(buf, offset, length));
        }
    }

    /** Counts one checked value given the row its value first occurred on, as the key tables return it. */
    private void count(long first, long row, String raw) {
        checked++;
        if (first == 0) {
            singletons++;
            return;
        }
        if (first > 0) {
            singletons--;
            duplicated++;
            examples.add(first, raw);
        }
        duplicated++;
        examples.add(row, raw);
    }

    /**
     * Dates and times by an exact pair: the epoch day or second, and the nanosecond with the kind above it
     * (a date and a date-time never share a key, as their objects are never equal).
     */
    private long seeTime(ColumnValue value) {
        long tag = switch (value.kind()) {
            case DATE -> 0;
            case DATE_TIME -> 1L << 32;
            default -> 2L << 32;
        };
        return times.see(value.epoch, tag | value.nanos, value.row);
    }

    @Override
    public ViolationCount result() {
        long distinct = (long) numbers.size() + texts.size() + times.size();
        return new ViolationCount(checked, duplicated, examples.inRowOrder(), details(checked, distinct, singletons));
    }

    /**
     * Deequ's uniqueness (values occurring once / values) and distinctness (distinct / values) over the
     * non-null values, when there is one, after the distinct count.
     */
    static Map<String, Object> details(long checked, long distinct, long singletons) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put(DISTINCT, distinct);
        if (checked > 0) {
            details.put("uniqueness", (double) singletons / checked);
            details.put("distinctRatio", (double) distinct / checked);
        }
        return details;
    }
}
