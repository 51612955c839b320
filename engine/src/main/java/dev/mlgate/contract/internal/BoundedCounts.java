package dev.mlgate.contract.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often each distinct value occurs, in first-appearance order, with mutable counters (no boxing per
 * value). Past {@code limit} distinct values it stops counting and forgets what it had, so memory stays
 * bounded: identifiers and free text are not categories.
 */
final class BoundedCounts {

    private final int limit;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private boolean overflowed;

    BoundedCounts(int limit) {
        this.limit = limit;
    }

    void add(String value) {
        if (overflowed) {
            return;
        }
        long[] counter = counts.get(value);
        if (counter != null) {
            counter[0]++;
        } else if (counts.size() == limit) {
            overflowed = true;
            counts.clear();
        } else {
            counts.put(value, new long[] {1});
        }
    }

    /** Whether more than {@code limit} distinct values were seen (the counts are then empty). */
    boolean overflowed() {
        return overflowed;
    }

    /** The counts, in first-appearance order. */
    Map<String, Long> toMap() {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.forEach((value, counter) -> result.put(value, counter[0]));
        return result;
    }
}
