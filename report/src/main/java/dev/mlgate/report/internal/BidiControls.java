package dev.mlgate.report.internal;

import java.util.Locale;

/**
 * Bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069 and the marks U+200E, U+200F,
 * U+061C) reorder the text around them when displayed: in a value from data they could make a message
 * read differently from what it holds ("Trojan Source"). Reports show them as a visible escape instead.
 */
final class BidiControls {

    private BidiControls() {
    }

    static boolean is(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** {@code {U+202E}}: what the character is, shown without its effect. */
    static String visible(char c) {
        return String.format(Locale.ROOT, "{U+%04X}", (int) c);
    }
}
