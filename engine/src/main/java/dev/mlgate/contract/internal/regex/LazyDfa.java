package dev.mlgate.contract.internal.regex;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The sets of automaton positions a scan meets, numbered as they first appear, with their transitions on
 * ASCII characters remembered: after the first few values each character costs one array read instead of
 * a walk over the set's positions (a lazily built DFA). At most {@value #MAX_STATES} sets are numbered;
 * past that, and for non-ASCII characters, the caller steps the sets themselves with {@link #step(long, char)}.
 */
final class LazyDfa {

    static final int MAX_STATES = 128;
    /** Marks the set before the first character of a pattern anchored at the start. */
    static final long START = 1L << 63;
    /** A transition not computed yet, or a set that may not be numbered. */
    static final int UNKNOWN = -1;
    /** {@link #flags()}: the set holds a position that can end a match; the set is empty. */
    static final byte ENDS = 1;
    static final byte EMPTY = 2;

    private final PositionAutomaton automaton;
    private final long[] follow;
    private final Map<Long, Integer> numbers = new HashMap<>();
    private long[] sets = new long[8];
    private byte[] flags = new byte[8];
    private int[] table = new int[8 * 128];
    private int count;

    LazyDfa(PositionAutomaton automaton) {
        this.automaton = automaton;
        this.follow = automaton.follow();
        Arrays.fill(table, UNKNOWN);
    }

    /** The number of {@code set}, or {@link #UNKNOWN} when no more sets may be numbered. */
    int number(long set) {
        Integer known = numbers.get(set);
        if (known != null) {
            return known;
        }
        if (count == MAX_STATES) {
            return UNKNOWN;
        }
        if (count == sets.length) {
            sets = Arrays.copyOf(sets, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
            int old = table.length;
            table = Arrays.copyOf(table, old * 2);
            Arrays.fill(table, old, table.length, UNKNOWN);
        }
        sets[count] = set;
        flags[count] = (byte) (((set & automaton.last()) != 0 ? ENDS : 0) | (set == 0 ? EMPTY : 0));
        numbers.put(set, count);
        return count++;
    }

    long set(int number) {
        return sets[number];
    }

    /** Transitions: the state after ASCII {@code c} in state {@code s} is at {@code s << 7 | c}. Grows. */
    int[] table() {
        return table;
    }

    /** {@link #ENDS} and {@link #EMPTY} per state. Grows. */
    byte[] flags() {
        return flags;
    }

    /** Computes and remembers the transition from state {@code number} on ASCII {@code c}. */
    int learn(int number, char c) {
        int target = number(step(sets[number], c));
        table[number << 7 | c] = target;
        return target;
    }

    /** The positions reached by reading {@code c} after the positions (or {@link #START}) {@code set}. */
    long step(long set, char c) {
        long candidates = automaton.anchoredStart() && (set & START) == 0 ? 0 : automaton.first();
        for (long bits = set & ~START; bits != 0; bits &= bits - 1) {
            candidates |= follow[Long.numberOfTrailingZeros(bits)];
        }
        return candidates & automaton.positionsReading(c);
    }
}
