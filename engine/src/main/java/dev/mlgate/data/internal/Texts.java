package dev.mlgate.data.internal;

import java.util.Locale;

/**
 * Shows data values in messages and examples, the one place that decides how: a value longer than
 * {@value #MAX_SHOWN} characters is cut there and its full length stated ({@code 'aaaa…' (5,242,880
 * characters)}), so a multi-megabyte value never reaches a message, a report file or the console whole.
 */
public final class Texts {

    /** The most characters of a value shown. */
    public static final int MAX_SHOWN = 200;

    private Texts() {
    }

    /** {@code 'value'}, with line breaks, tabs and control characters escaped, cut as {@link #cut}. */
    public static String quote(String value) {
        String shown = cut(value);
        StringBuilder text = new StringBuilder(shown.length() + 8).append('\'');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append(suffix("'", value.length(), shown.length())).toString();
    }

    /** {@code 'value'} as written, or {@code 'first 200 characters…' (N characters)} for a longer one. */
    public static String quoteVerbatim(String cut, int length) {
        return "'" + cut + suffix("'", length, cut.length());
    }

    /** The value as written, or {@code first 200 characters… (N characters)} for a longer one. */
    public static String shortened(String cut, int length) {
        return cut + suffix("", length, cut.length());
    }

    /** The value as written, or {@code first 200 characters… (N characters)} for a longer one. */
    public static String shortened(String value) {
        return shortened(cut(value), value.length());
    }

    /** At most the first {@value #MAX_SHOWN} characters, never splitting a surrogate pair. */
    public static String cut(String value) {
        if (value.length() <= MAX_SHOWN) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return value.substring(0, end);
    }

    private static String suffix(String quote, int length, int shown) {
        return length > shown ? "\u2026" + quote + String.format(Locale.ROOT, " (%,d characters)", length) : quote;
    }
}
