package dev.mlgate.contract.internal;

/**
 * A set of 128-bit values (two longs) with open addressing and linear probing: the row and key
 * fingerprints of duplicate-row and compound-key checks, at 16 bytes a slot instead of an object each.
 * Both halves of a slot sit next to each other in one array, so a probe touches one cache line; the
 * pair (0, 0) marks an empty slot and is tracked on its own.
 */
final class LongPairSet {

    private static final float LOAD = 0.6f;

    private long[] slots = new long[2 * 1024];
    private int size;
    private boolean hasZero;

    /** Adds the pair; false when it was already present. */
    boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size >= (slots.length / 2) * LOAD) {
            grow();
        }
        if (insert(slots, high, low)) {
            size++;
            return true;
        }
        return false;
    }

    private static boolean insert(long[] table, long high, long low) {
        int mask = table.length / 2 - 1;
        int slot = (int) (high ^ (high >>> 32)) & mask;
        while (true) {
            int at = 2 * slot;
            long h = table[at];
            long l = table[at + 1];
            if (h == 0 && l == 0) {
                table[at] = high;
                table[at + 1] = low;
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] table = new long[slots.length * 2];
        for (int at = 0; at < slots.length; at += 2) {
            if (slots[at] != 0 || slots[at + 1] != 0) {
                insert(table, slots[at], slots[at + 1]);
            }
        }
        slots = table;
    }
}
