package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.ValueKind;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.Map;

/**
 * Counts every non-null value that occurs more than once, each of its occurrences the first included:
 * Great Expectations' {@code expect_column_values_to_be_unique} (pandas {@code duplicated(keep=False)}).
 * It also counts the distinct values and those occurring exactly once, for Deequ's {@code Uniqueness}
 * and {@code Distinctness} over the non-null values. Each distinct value is remembered with the row it
 * first occurred on, negated once it repeats, so the first occurrence can be named as an example:
 * numbers, booleans (by {@link ColumnValue#bits()}) in a primitive map, 16 bytes a value and no boxing
 * per row; other values by their object.
 */
final class RepeatsAccumulator implements Accumulator {

    /** Detail: the number of distinct values (a long), read by the distinct-count statistic. */
    static final String DISTINCT = "distinct";

    private final boolean includeNaN;
    private final RepeatExamples examples;
    private final Long2LongOpenHashMap numbers = new Long2LongOpenHashMap();
    private final Object2LongOpenHashMap<Object> objects = new Object2LongOpenHashMap<>();
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
        if (value.state != State.VALUE
                || (!includeNaN && value.kind() == ValueKind.DECIMAL && Double.isNaN(value.number))) {
            return;
        }
        checked++;
        // rows are 1-based, so 0 is the maps' "absent"; a negative row marks a value already repeated
        long first = value.isPrimitive() ? numbers.put(value.bits(), value.row) : objects.put(value.key(), value.row);
        if (first == 0) {
            singletons++;
            return;
        }
        if (value.isPrimitive()) {
            numbers.put(value.bits(), -Math.abs(first));
        } else {
            objects.put(value.key(), -Math.abs(first));
        }
        if (first > 0) {
            singletons--;
            duplicated++;
            examples.add(first, value.raw());
        }
        duplicated++;
        examples.add(value.row, value.raw());
    }

    @Override
    public ViolationCount result() {
        long distinct = numbers.size() + objects.size();
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
