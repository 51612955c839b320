package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Drawing primitives of the inline SVG charts of report.html, and the palette. Coordinates are computed
 * from numbers; every text from data is HTML-escaped. No scripts, no links, no styles from data. Each
 * chart states what it plots in {@code data-*} attributes (quantity, axis range), so tests and readers of
 * the DOM can check it.
 */
final class Svg {

    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final String VERMILION = "#D55E00";
    static final String GREY = "#6e7781";
    static final String CANDIDATE_COLOUR = BLUE;
    static final String BASELINE_COLOUR = ORANGE;
    static final String REFERENCE_COLOUR = GREY;
    static final String CURRENT_COLOUR = BLUE;

    private Svg() {
    }

    /** Opens an {@code <svg>} with its accessible title; the caller appends the data attributes' closing. */
    static StringBuilder open(String cssClass, double width, double height, String title, String data) {
        return new StringBuilder("<svg class=\"").append(cssClass).append("\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" role=\"img\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height)).append('"')
                .append(data).append("><title>").append(Html.escape(title)).append("</title>");
    }

    /** A {@code data-name="value"} attribute holding a number exactly. */
    static String data(String name, double value) {
        return " data-" + name + "=\"" + Figures.exact(value) + "\"";
    }

    /** A {@code data-name="text"} attribute. */
    static String data(String name, String text) {
        return " data-" + name + "=\"" + Html.escape(text) + "\"";
    }

    static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    /** Text in the chart's 11 px type, with a class naming its role (tick, axis-title, legend). */
    static String text(String cssClass, double x, double y, String content, String anchor) {
        return "<text class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\""
                + " text-anchor=\"" + anchor + "\">" + Html.escape(content) + "</text>";
    }

    /** An axis title rotated to run up the left side, centred at ({@code x}, {@code y}). */
    static String verticalTitle(double x, double y, String content) {
        return "<text class=\"axis-title\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\""
                + " text-anchor=\"middle\" transform=\"rotate(-90 " + fmt(x) + " " + fmt(y) + ")\">"
                + Html.escape(content) + "</text>";
    }

    static String rect(String cssClass, double x, double y, double width, double height, String colour) {
        return "<rect class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(width)
                + "\" height=\"" + fmt(height) + "\" fill=\"" + colour + "\"/>";
    }

    static double[] numbers(JsonNode array) {
        double[] values = new double[array != null && array.isArray() ? array.size() : 0];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNumber() ? array.get(i).doubleValue() : Double.NaN;
        }
        return values;
    }

    static double scale(double value, double lo, double hi, double from, double to) {
        return from + (value - lo) / (hi - lo) * (to - from);
    }

    static double clamp(double value, double lo, double hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    static double min(double... values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Double.isFinite(value) ? Math.min(min, value) : min;
        }
        return min;
    }

    static double max(double... values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Double.isFinite(value) ? Math.max(max, value) : max;
        }
        return max;
    }

    /** A coordinate: one decimal, whatever the locale. */
    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String shorten(String label, int length) {
        return label.length() > length ? label.substring(0, length - 1) + "\u2026" : label;
    }
}
