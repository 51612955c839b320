package dev.mlgate.contract.internal;

import java.util.Arrays;

/**
 * The distinct texts of a column with the row each first occurred on, without a {@code String} per
 * value: each distinct text's characters are copied once into a growing {@code char[]} arena and its
 * place and row appended to a {@code long[]} of entries; an open-addressing table of one {@code long}
 * a slot (32 bits of the text's hash, and the entry's number) finds them, eight bytes a slot so that
 * the table, the part read at random, stays small. Hashes only pick the slot and skip unequal texts
 * quickly: on equal hashes the characters are compared, so two different texts are never taken for one.
 */
final class TextKeys {

    private static final float LOAD = 0.6f;
    private static final long MULTIPLIER = 0x9e3779b97f4a7c15L;

    /** Which hash bits are kept: all of them, except in tests that force collisions. */
    private final long hashMask;
    /** Per slot: the hash (high half) and the entry's number plus one (low half); 0 is empty. */
    private long[] slots = new long[64];
    private int shift = 32 - 6;
    /** Per entry: its place in the arena (start in the high half, length in the low one), then its row. */
    private long[] entries = new long[2 * 32];
    private int size;
    private char[] arena = new char[1024];
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
        if (size >= slots.length * LOAD) {
            grow();
        }
        int hash = (int) (hash(buf, offset, length) & hashMask);
        int mask = slots.length - 1;
        int slot = slot(hash, shift);
        while (true) {
            long stored = slots[slot];
            if (stored == 0) {
                slots[slot] = (long) hash << 32 | (size + 1);
                add(buf, offset, length, row);
                return 0;
            }
            if ((int) (stored >>> 32) == hash) {
                int at = 2 * ((int) stored - 1);
                if (equal(entries[at], buf, offset, length)) {
                    long first = entries[at + 1];
                    entries[at + 1] = -Math.abs(first);
                    return first;
                }
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

    /** A new entry: the characters copied into the arena, their place and the row. */
    private void add(char[] buf, int offset, int length, long row) {
        if (arena.length - used < length) {
            long needed = (long) used + length;
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("more than 2^31 characters of distinct text in one column");
            }
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * arena.length)));
        }
        System.arraycopy(buf, offset, arena, used, length);
        if (2 * size == entries.length) {
            entries = Arrays.copyOf(entries, 2 * entries.length);
        }
        entries[2 * size] = (long) used << 32 | length;
        entries[2 * size + 1] = row;
        used += length;
        size++;
    }

    /** Fibonacci hashing of the kept 32 bits: their product's top bits, so narrow hashes still spread. */
    private static int slot(int hash, int shift) {
        return (hash * 0x9e3779b9) >>> shift;
    }

    private void grow() {
        long[] table = new long[slots.length * 2];
        int mask = table.length - 1;
        shift--;
        for (long stored : slots) {
            if (stored != 0) {
                int slot = slot((int) (stored >>> 32), shift);
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = stored;
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
