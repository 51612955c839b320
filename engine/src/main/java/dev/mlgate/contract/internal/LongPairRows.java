package dev.mlgate.contract.internal;

/**
 * A map from 128-bit values (two longs) to a row number, with open addressing and linear probing: the
 * key fingerprints of compound-key uniqueness with the row each key first occurred on, at 24 bytes a
 * slot instead of objects. The three longs of a slot sit next to each other; row 0 marks an empty slot
 * (rows are 1-based).
 */
final class LongPairRows {

    private static final float LOAD = 0.6f;

    private long[] slots = new long[3 * 64];
    private int size;

    /** Stores {@code row} for the pair and returns the row stored before, or 0 when the pair is new. */
    long put(long high, long low, long row) {
        if (size >= (slots.length / 3) * LOAD) {
            grow();
        }
        long previous = insert(slots, high, low, row);
        if (previous == 0) {
            size++;
        }
        return previous;
    }

    /**
     * Sees the pair on {@code row}: 0 when it is new (the row is stored), otherwise the row stored for
     * it, which is then negated (marked repeated): {@link #put} twice, in one probe.
     */
    long see(long high, long low, long row) {
        if (size >= (slots.length / 3) * LOAD) {
            grow();
        }
        int at = find(slots, high, low);
        long stored = slots[at + 2];
        if (stored == 0) {
            slots[at] = high;
            slots[at + 1] = low;
            slots[at + 2] = row;
            size++;
            return 0;
        }
        slots[at + 2] = -Math.abs(stored);
        return stored;
    }

    int size() {
        return size;
    }

    private static long insert(long[] table, long high, long low, long row) {
        int at = find(table, high, low);
        long stored = table[at + 2];
        table[at] = high;
        table[at + 1] = low;
        table[at + 2] = row;
        return stored;
    }

    /** The index of the pair's slot, or of the empty slot where it belongs. */
    private static int find(long[] table, long high, long low) {
        int mask = table.length / 3 - 1;
        // both halves choose the slot, so pairs sharing one half still spread
        long mixed = high * 0x9e3779b97f4a7c15L ^ low;
        int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
        while (true) {
            int at = 3 * slot;
            if (table[at + 2] == 0 || table[at] == high && table[at + 1] == low) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] table = new long[slots.length * 2];
        for (int at = 0; at < slots.length; at += 3) {
            if (slots[at + 2] != 0) {
                insert(table, slots[at], slots[at + 1], slots[at + 2]);
            }
        }
        slots = table;
    }
}
