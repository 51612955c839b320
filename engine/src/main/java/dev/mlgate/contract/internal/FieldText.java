package dev.mlgate.contract.internal;

/**
 * A field's characters in place, as a reusable {@link CharSequence}: a regular expression or a hash reads
 * them without a copy. Valid until the buffer it views is refilled (the next row of the scan).
 */
final class FieldText implements CharSequence {

    private char[] chars;
    private int start;
    private int length;

    /** Views {@code chars[start, start + length)}. */
    FieldText on(char[] buffer, int from, int count) {
        chars = buffer;
        start = from;
        length = count;
        return this;
    }

    /** The buffer viewed; with {@link #start()} and {@link #length()} the field's characters. */
    char[] buffer() {
        return chars;
    }

    int start() {
        return start;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    /** Whether the characters equal {@code other}'s. */
    boolean contentEquals(String other) {
        if (other.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (other.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return new String(chars, start, length);
    }
}
