package dev.mlgate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a reader sees on report.html: the text outside tags, without hover text (SVG
 * {@code <title>} elements and {@code title} attributes, which hold exact values), the style sheet, and
 * {@code <code>} spans (file paths, hashes, lineage), which are identifiers rather than figures.
 */
final class VisibleNumbers {

    private static final Pattern HIDDEN = Pattern.compile(
            "<style>.*?</style>|<title>.*?</title>|<code[^>]*>.*?</code>|<[^>]*>", Pattern.DOTALL);
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])\\d[\\d,]*\\.\\d+(?:[eE][-+]?\\d+)?(?![\\w.])");
    private static final Pattern JAVA_EXPONENT = Pattern.compile("\\d[eE][-+]?\\d");

    private VisibleNumbers() {
    }

    static String text(String html) {
        return HIDDEN.matcher(html).replaceAll(" ");
    }

    /** Decimals with more than {@code digits} significant digits, or written with an exponent. */
    static List<String> tooPrecise(String html, int digits) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DECIMAL.matcher(text(html));
        while (matcher.find()) {
            String number = matcher.group();
            String significant = number.replaceAll("[eE].*", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            if (significant.length() > digits || JAVA_EXPONENT.matcher(number).find()) {
                found.add(number);
            }
        }
        return found;
    }
}
