package dev.mlgate.contract.internal;

/**
 * A set of 128-bit values (two longs) with open addressing and linear probing: the row and key
 * fingerprints of duplicate-row and compound-key checks, at 17 bytes a slot instead of an object each.
 */
final class LongPairSet {

    private static final float LOAD = 0.6f;

    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the pair; false when it was already present. */
    boolean add(long high, long low) {
        if (size >= highs.length * LOAD) {
            grow();
        }
        return insert(highs, lows, used, high, low);
    }

    private boolean insert(long[] h, long[] l, boolean[] u, long high, long low) {
        int mask = h.length - 1;
        int slot = (int) (high ^ (high >>> 32)) & mask;
        while (u[slot]) {
            if (h[slot] == high && l[slot] == low) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        u[slot] = true;
        h[slot] = high;
        l[slot] = low;
        if (h == highs) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] h = new long[highs.length * 2];
        long[] l = new long[highs.length * 2];
        boolean[] u = new boolean[highs.length * 2];
        for (int slot = 0; slot < highs.length; slot++) {
            if (used[slot]) {
                insert(h, l, u, highs[slot], lows[slot]);
            }
        }
        highs = h;
        lows = l;
        used = u;
    }
}
