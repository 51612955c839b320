package dev.mlgate.contract.internal;

import java.util.Arrays;

/**
 * The distinct texts of a column with the row each first occurred on, without a {@code String} per
 * value: each distinct text's characters are copied once into a growing {@code char[]} arena, and an
 * open-addressing table over one {@code long[]} holds, per slot, the text's 64-bit hash, its row and
 * its place in the arena (three longs side by side, so a probe reads one cache line). Hashes only pick
 * the slot and skip unequal texts quickly: on equal hashes the characters are compared, so two
 * different texts are never taken for one. Row 0 marks an empty slot (rows are 1-based).
 */
final class TextKeys {

    private static final float LOAD = 0.6f;
    private static final long MULTIPLIER = 0x9e3779b97f4a7c15L;

    /** Which hash bits are kept: all of them, except in tests that force collisions. */
    private final long hashMask;
    private long[] slots = new long[3 * 1024];
    private int size;
    private char[] arena = new char[16 * 1024];
    private int used;
    private char[] scratch = new char[64];

    TextKeys() {
        this(-1L);
    }

    /** Keys whose hashes keep only {@code hashMask}'s bits: a narrow mask makes different texts collide. */
    TextKeys(long hashMask) {
        this.hashMask = hashMask;
    }

    /**
     * Sees {@code text} on {@code row}: 0 when it is new (the row is remembered), otherwise the row it
     * first occurred on, positive on its first repeat and negated on later ones; either way it is
     * marked repeated.
     */
    long see(CharSequence text, long row) {
        int length = text.length();
        if (scratch.length < length) {
            scratch = new char[Math.max(length, 2 * scratch.length)];
        }
        if (text instanceof String string) {
            // one intrinsic copy, then the same path as the scan's char ranges
            string.getChars(0, length, scratch, 0);
        } else {
            for (int i = 0; i < length; i++) {
                scratch[i] = text.charAt(i);
            }
        }
        return see(scratch, 0, length, row);
    }

    /** {@link #see(CharSequence, long)} for the characters {@code buf[offset, offset + length)}. */
    long see(char[] buf, int offset, int length, long row) {
        if (size >= (slots.length / 3) * LOAD) {
            grow();
        }
        long hash = hash(buf, offset, length) & hashMask;
        int mask = slots.length / 3 - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (true) {
            int at = 3 * slot;
            long stored = slots[at + 1];
            if (stored == 0) {
                slots[at] = hash;
                slots[at + 1] = row;
                slots[at + 2] = append(buf, offset, length);
                size++;
                return 0;
            }
            if (slots[at] == hash && equal(slots[at + 2], buf, offset, length)) {
                slots[at + 1] = -Math.abs(stored);
                return stored;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of distinct texts seen. */
    int size() {
        return size;
    }

    private boolean equal(long place, char[] buf, int offset, int length) {
        int start = (int) (place >>> 32);
        return (int) place == length && Arrays.equals(arena, start, start + length, buf, offset, offset + length);
    }

    /** Copies the characters into the arena; their place is the start (high half) and length (low half). */
    private long append(char[] buf, int offset, int length) {
        if (arena.length - used < length) {
            long needed = (long) used + length;
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("more than 2^31 characters of distinct text in one column");
            }
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * arena.length)));
        }
        System.arraycopy(buf, offset, arena, used, length);
        long place = ((long) used << 32) | length;
        used += length;
        return place;
    }

    private void grow() {
        long[] table = new long[slots.length * 2];
        int mask = table.length / 3 - 1;
        for (int from = 0; from < slots.length; from += 3) {
            if (slots[from + 1] != 0) {
                long hash = slots[from];
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (table[3 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(slots, from, table, 3 * slot, 3);
            }
        }
        slots = table;
    }

    /**
     * A 64-bit hash of the characters, four at a time (a multiply and a fold per four), finished with
     * SplitMix64's avalanche so every bit depends on every character and on the length.
     */
    static long hash(char[] buf, int offset, int length) {
        long h = length * MULTIPLIER;
        int i = offset;
        int end = offset + length;
        for (; i + 4 <= end; i += 4) {
            long word = buf[i] | (long) buf[i + 1] << 16 | (long) buf[i + 2] << 32 | (long) buf[i + 3] << 48;
            h = (h ^ word) * MULTIPLIER;
            h ^= h >>> 29;
        }
        for (; i < end; i++) {
            h = (h ^ buf[i]) * MULTIPLIER;
            h ^= h >>> 29;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
