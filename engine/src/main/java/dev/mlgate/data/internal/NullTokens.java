package dev.mlgate.data.internal;

import java.util.Set;

/** Recognizes null tokens in a character range without making a string. */
final class NullTokens {

    private final char[][] tokens;
    private final long lengths;
    /** Bit {@code c & 63} set for the first character {@code c} of each non-empty token. */
    private final long firsts;
    private final int longest;

    NullTokens(Set<String> tokens) {
        this.tokens = tokens.stream().map(String::toCharArray).toArray(char[][]::new);
        long mask = 0;
        long first = 0;
        int max = -1;
        for (char[] token : this.tokens) {
            if (token.length < Long.SIZE) {
                mask |= 1L << token.length;
            }
            if (token.length > 0) {
                first |= 1L << (token[0] & 63);
            }
            max = Math.max(max, token.length);
        }
        this.lengths = mask;
        this.firsts = first;
        this.longest = max;
    }

    /** Whether {@code buf[offset, offset + length)} equals one of the tokens. */
    boolean matches(char[] buf, int offset, int length) {
        if (length > longest || (length < Long.SIZE && (lengths & (1L << length)) == 0)
                || (length > 0 && (firsts & (1L << (buf[offset] & 63))) == 0)) {
            return false;
        }
        for (char[] token : tokens) {
            if (token.length == length && regionEquals(token, buf, offset)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(char[] token, char[] buf, int offset) {
        for (int i = 0; i < token.length; i++) {
            if (buf[offset + i] != token[i]) {
                return false;
            }
        }
        return true;
    }
}
