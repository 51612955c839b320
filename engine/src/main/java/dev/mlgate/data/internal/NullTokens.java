package dev.mlgate.data.internal;

import java.util.Set;

/** Recognizes null tokens in a character range without making a string. */
final class NullTokens {

    private final char[][] tokens;
    private final long lengths;
    private final int longest;

    NullTokens(Set<String> tokens) {
        this.tokens = tokens.stream().map(String::toCharArray).toArray(char[][]::new);
        long mask = 0;
        int max = -1;
        for (char[] token : this.tokens) {
            if (token.length < Long.SIZE) {
                mask |= 1L << token.length;
            }
            max = Math.max(max, token.length);
        }
        this.lengths = mask;
        this.longest = max;
    }

    /** Whether {@code buf[offset, offset + length)} equals one of the tokens. */
    boolean matches(char[] buf, int offset, int length) {
        if (length > longest || (length < Long.SIZE && (lengths & (1L << length)) == 0)) {
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
