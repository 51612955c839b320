package dev.mlgate.contract.internal.regex;

import java.util.function.IntPredicate;

/**
 * A set of characters: the 128 ASCII ones as two bit masks (the test a scan makes per character), the
 * rest by a predicate. Only characters outside the surrogate range are ever asked: text with surrogates
 * is left to {@code Pattern}, which reads code points there.
 */
record CharClass(long low, long high, IntPredicate beyondAscii) {

    /** {@code \d}, {@code \w}, {@code \s} as {@code java.util.regex} defines them without flags: ASCII only. */
    static final CharClass DIGIT = range('0', '9');
    static final CharClass WORD = range('a', 'z').union(range('A', 'Z')).union(DIGIT).union(literal('_'));
    static final CharClass SPACE = literal(' ').union(literal('\t')).union(literal('\n')).union(literal('\u000B'))
            .union(literal('\f')).union(literal('\r'));
    /** {@code .}: anything but the line terminators {@code \n \r \u0085 \u2028 \u2029}. */
    static final CharClass DOT = literal('\n').union(literal('\r')).union(literal('\u0085')).union(literal('\u2028'))
            .union(literal('\u2029')).negate();

    static CharClass literal(char c) {
        return range(c, c);
    }

    static CharClass range(char from, char to) {
        long low = 0;
        long high = 0;
        for (int c = from; c <= Math.min(to, 127); c++) {
            if (c < 64) {
                low |= 1L << c;
            } else {
                high |= 1L << (c - 64);
            }
        }
        return new CharClass(low, high, c -> c >= from && c <= to);
    }

    CharClass union(CharClass other) {
        IntPredicate mine = beyondAscii;
        return new CharClass(low | other.low, high | other.high, c -> mine.test(c) || other.beyondAscii.test(c));
    }

    CharClass negate() {
        IntPredicate mine = beyondAscii;
        return new CharClass(~low, ~high, c -> !mine.test(c));
    }

    boolean contains(char c) {
        if (c < 64) {
            return (low >>> c & 1) != 0;
        } else if (c < 128) {
            return (high >>> (c - 64) & 1) != 0;
        }
        return beyondAscii.test(c);
    }
}
