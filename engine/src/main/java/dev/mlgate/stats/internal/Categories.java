package dev.mlgate.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Category counts of two samples aligned on the union of their categories, in the natural order of
 * the category names (so results do not depend on map iteration order).
 *
 * @param names the categories
 * @param reference reference counts, 0 where a category is absent from the reference
 * @param current current counts, 0 where a category is absent from the current data
 */
public record Categories(List<String> names, long[] reference, long[] current) {

    /** Aligns two count maps; nulls and negative counts are rejected. */
    public static Categories union(Map<String, Long> reference, Map<String, Long> current) {
        if (reference == null || current == null) {
            throw new IllegalArgumentException((reference == null ? "reference" : "current")
                    + " counts must not be null");
        }
        TreeMap<String, long[]> merged = new TreeMap<>();
        add(merged, reference, 0, "reference");
        add(merged, current, 1, "current");
        List<String> names = new ArrayList<>(merged.keySet());
        long[] ref = new long[names.size()];
        long[] cur = new long[names.size()];
        int i = 0;
        for (long[] pair : merged.values()) {
            ref[i] = pair[0];
            cur[i] = pair[1];
            i++;
        }
        return new Categories(List.copyOf(names), ref, cur);
    }

    private static void add(TreeMap<String, long[]> merged, Map<String, Long> counts, int side, String name) {
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException(name + " counts must not contain null categories or counts");
            }
            merged.computeIfAbsent(entry.getKey(), key -> new long[2])[side] += entry.getValue();
        }
    }

    /**
     * Validates two aligned count vectors (equal length, non-negative, each with a positive total)
     * and removes the categories that are zero on both sides.
     *
     * @return {@code {reference, current}} without the empty categories
     */
    public static long[][] dropEmpty(long[] reference, long[] current) {
        Checks.requireCounts(reference, "reference");
        Checks.requireCounts(current, "current");
        if (reference.length != current.length) {
            throw new IllegalArgumentException("reference and current counts must have the same number of categories, but had "
                    + reference.length + " and " + current.length);
        }
        int kept = 0;
        for (int j = 0; j < reference.length; j++) {
            if (reference[j] + current[j] > 0) {
                kept++;
            }
        }
        long[] ref = new long[kept];
        long[] cur = new long[kept];
        int i = 0;
        for (int j = 0; j < reference.length; j++) {
            if (reference[j] + current[j] > 0) {
                ref[i] = reference[j];
                cur[i] = current[j];
                i++;
            }
        }
        return new long[][] {ref, cur};
    }
}
