package dev.mlgate.contract.internal;

/**
 * The distinct 64-bit keys of a column (numbers and booleans by {@link ColumnValue#bits()}) with the row
 * each first occurred on: open addressing with linear probing over one {@code long[]} whose key and row
 * sit side by side, so a probe reads one cache line, and one probe per value (seeing a key and marking
 * it repeated is one step). Row 0 marks an empty slot (rows are 1-based), so every key, 0 included, is
 * stored alike.
 */
final class LongKeys {

    private static final float LOAD = 0.6f;

    /** Small at first: a uniqueness check allocates the tables of every kind and uses one. */
    private long[] slots = new long[2 * 64];
    private int shift = 64 - 6;
    private int size;

    /**
     * Sees {@code key} on {@code row}: 0 when it is new (the row is remembered), otherwise the row it
     * first occurred on, positive on its first repeat and negated on later ones; either way it is
     * marked repeated.
     */
    long see(long key, long row) {
        if (size >= (slots.length / 2) * LOAD) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        int slot = slot(key, shift);
        while (true) {
            int at = 2 * slot;
            long stored = slots[at + 1];
            if (stored == 0) {
                slots[at] = key;
                slots[at + 1] = row;
                size++;
                return 0;
            }
            if (slots[at] == key) {
                slots[at + 1] = -Math.abs(stored);
                return stored;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of distinct keys seen. */
    int size() {
        return size;
    }

    /** Fibonacci hashing: the top bits of the key times the golden ratio, so consecutive ids spread. */
    private static int slot(long key, int shift) {
        return (int) ((key * 0x9e3779b97f4a7c15L) >>> shift);
    }

    private void grow() {
        long[] table = new long[slots.length * 2];
        int tableShift = shift - 1;
        int mask = table.length / 2 - 1;
        for (int from = 0; from < slots.length; from += 2) {
            if (slots[from + 1] != 0) {
                int slot = slot(slots[from], tableShift);
                while (table[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = slots[from];
                table[2 * slot + 1] = slots[from + 1];
            }
        }
        slots = table;
        shift = tableShift;
    }
}
