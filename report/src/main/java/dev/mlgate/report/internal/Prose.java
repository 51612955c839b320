package dev.mlgate.report.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engine messages as HTML for people: the text is escaped, and every decimal printed with more digits
 * than a reader can use ({@code D = 0.18722327640733713}) is shown through {@link Figures#value} with
 * the exact text kept as hover text. Integers (counts, row numbers) and short decimals stay as written.
 */
final class Prose {

    // a decimal not glued to a word (so "feature_0.123456" or "v1.2.3456789" stays a name)
    private static final Pattern LONG_DECIMAL = Pattern.compile(
            "(?<![\\w.])[-+]?\\d+\\.\\d+(?:[eE][-+]?\\d+)?(?![\\w.])|(?<![\\w.])[-+]?\\d+(?:\\.\\d+)?[eE][-+]?\\d+(?![\\w.])");

    private Prose() {
    }

    /** {@code text}, escaped, with long decimals rounded for reading; null becomes the empty string. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = LONG_DECIMAL.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        while (matcher.find()) {
            String literal = matcher.group();
            String shown = readable(literal);
            out.append(Html.escape(text.substring(last, matcher.start())));
            if (shown.equals(literal)) {
                out.append(Html.escape(literal));
            } else {
                out.append("<span class=\"num\" title=\"").append(Html.escape(literal)).append("\">")
                        .append(Html.escape(shown)).append("</span>");
            }
            last = matcher.end();
        }
        return out.append(Html.escape(text.substring(last))).toString();
    }

    /** A number from engine text as a person reads it; the literal itself when it is short enough. */
    static String readable(String literal) {
        double value;
        try {
            value = Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            return literal;
        }
        boolean exponent = literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0;
        if (!exponent && significantDigits(literal) <= Figures.DEFAULT_DIGITS) {
            return literal;
        }
        String shown = Figures.value(value);
        return literal.startsWith("+") && value > 0 ? "+" + shown : shown;
    }

    /** Significant digits of a plain decimal literal: leading zeros do not count, trailing ones do. */
    static int significantDigits(String literal) {
        String digits = literal.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.length();
    }
}
