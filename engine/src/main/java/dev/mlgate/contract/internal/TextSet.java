package dev.mlgate.contract.internal;

import java.util.Set;

/**
 * A set of strings that answers for any {@link CharSequence} by its characters, so a field read in place
 * is looked up without making its {@code String}: an open-addressing table keyed by
 * {@link String#hashCode()}, which is defined on the characters alone.
 */
final class TextSet {

    private final String[] table;
    private final int mask;

    TextSet(Set<String> texts) {
        int size = Integer.highestOneBit(Math.max(2, texts.size() * 2) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int i = spread(text.hashCode()) & mask;
            while (table[i] != null && !table[i].equals(text)) {
                i = (i + 1) & mask;
            }
            table[i] = text;
        }
    }

    /** Whether {@code text}'s characters equal one of the strings; false for null. */
    boolean contains(CharSequence text) {
        if (text == null) {
            return false;
        }
        int hash = 0;
        int length = text.length();
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        for (int i = spread(hash) & mask; table[i] != null; i = (i + 1) & mask) {
            String candidate = table[i];
            if (candidate.hashCode() == hash && candidate.contentEquals(text)) {
                return true;
            }
        }
        return false;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
