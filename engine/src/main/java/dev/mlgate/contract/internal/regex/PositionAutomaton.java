package dev.mlgate.contract.internal.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The position (Glushkov) automaton of a parsed expression: one state per character class occurrence,
 * at most 63, so that a set of states is one {@code long}. {@code first} are the positions that can read a
 * match's first character, {@code last} those that can read its last, {@code follow[p]} those that can
 * read the character after position p's. Counted repetitions are unrolled ({@code x{2,3}} is
 * {@code xxx?}), which keeps the language and so {@code find()}'s answer.
 */
record PositionAutomaton(boolean nullable, long first, long last, long[] follow, CharClass[] classes,
                         long[] asciiMasks, boolean anchoredStart, boolean anchoredEnd) {

    private static final int MAX_POSITIONS = 63;

    /** The automaton of {@code parsed}, or empty when it needs more than {@value #MAX_POSITIONS} positions. */
    static Optional<PositionAutomaton> of(RegexSubset.Parsed parsed) {
        Builder builder = new Builder();
        Fragment whole = builder.build(parsed.node());
        if (whole == null) {
            return Optional.empty();
        }
        CharClass[] classes = builder.classes.toArray(CharClass[]::new);
        long[] masks = new long[128];
        for (char c = 0; c < 128; c++) {
            masks[c] = maskOf(classes, c);
        }
        long[] follow = java.util.Arrays.copyOf(builder.follow, classes.length);
        return Optional.of(new PositionAutomaton(whole.nullable, whole.first, whole.last, follow, classes, masks,
                parsed.anchoredStart(), parsed.anchoredEnd()));
    }

    /** The positions whose class holds {@code c}. */
    long positionsReading(char c) {
        return c < 128 ? asciiMasks[c] : maskOf(classes, c);
    }

    private static long maskOf(CharClass[] classes, char c) {
        long mask = 0;
        for (int p = 0; p < classes.length; p++) {
            if (classes[p].contains(c)) {
                mask |= 1L << p;
            }
        }
        return mask;
    }

    private record Fragment(boolean nullable, long first, long last) {

        static final Fragment EMPTY = new Fragment(true, 0, 0);
    }

    /** Numbers positions as it meets them; null once there are too many. */
    private static final class Builder {

        final List<CharClass> classes = new ArrayList<>();
        final long[] follow = new long[MAX_POSITIONS];

        Fragment build(Node node) {
            if (node instanceof Node.Chars chars) {
                if (classes.size() == MAX_POSITIONS) {
                    return null;
                }
                classes.add(chars.chars());
                long position = 1L << (classes.size() - 1);
                return new Fragment(false, position, position);
            } else if (node instanceof Node.Sequence sequence) {
                Fragment result = Fragment.EMPTY;
                for (Node part : sequence.parts()) {
                    result = then(result, build(part));
                    if (result == null) {
                        return null;
                    }
                }
                return result;
            } else if (node instanceof Node.Alternation alternation) {
                boolean nullable = false;
                long first = 0;
                long last = 0;
                for (Node branch : alternation.branches()) {
                    Fragment fragment = build(branch);
                    if (fragment == null) {
                        return null;
                    }
                    nullable |= fragment.nullable;
                    first |= fragment.first;
                    last |= fragment.last;
                }
                return new Fragment(nullable, first, last);
            }
            return repeat((Node.Repeat) node);
        }

        private Fragment repeat(Node.Repeat repeat) {
            Fragment result = Fragment.EMPTY;
            for (int i = 0; i < repeat.min() && result != null; i++) {
                result = then(result, build(repeat.node()));
            }
            if (repeat.max() == Node.Repeat.UNBOUNDED) {
                Fragment loop = build(repeat.node());
                if (loop == null) {
                    return null;
                }
                link(loop.last, loop.first);
                return then(result, new Fragment(true, loop.first, loop.last));
            }
            for (int i = repeat.min(); i < repeat.max() && result != null; i++) {
                Fragment optional = build(repeat.node());
                result = optional == null ? null : then(result, new Fragment(true, optional.first, optional.last));
            }
            return result;
        }

        private Fragment then(Fragment before, Fragment after) {
            if (before == null || after == null) {
                return null;
            }
            link(before.last, after.first);
            return new Fragment(before.nullable && after.nullable,
                    before.first | (before.nullable ? after.first : 0),
                    after.last | (after.nullable ? before.last : 0));
        }

        private void link(long from, long to) {
            for (long bits = from; bits != 0; bits &= bits - 1) {
                follow[Long.numberOfTrailingZeros(bits)] |= to;
            }
        }
    }
}
