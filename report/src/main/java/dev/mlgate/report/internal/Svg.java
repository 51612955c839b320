package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Inline SVG charts for report.html. Coordinates are computed here from numbers; the only text from
 * data (titles, category names) is HTML-escaped. No scripts, styles from data, or links.
 */
final class Svg {

    static final String CANDIDATE_COLOUR = "#1f6feb";
    static final String BASELINE_COLOUR = "#8b949e";
    static final String REFERENCE_COLOUR = "#8b949e";
    static final String CURRENT_COLOUR = "#d97706";

    private Svg() {
    }

    /** A gate's value as a dot, its interval as a whisker, and its threshold as a vertical line. */
    static String gate(double observed, double lower, double upper, double threshold, boolean passed, String label) {
        double lo = min(observed, lower, upper, threshold);
        double hi = max(observed, lower, upper, threshold);
        double pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.05, 0.05);
        lo -= pad;
        hi += pad;
        double width = 320;
        double left = 10;
        double right = width - 10;
        StringBuilder svg = open("chart chart-gate", width, 46, label);
        svg.append(line(left, 26, right, 26, "#d0d7de", 1, null));
        svg.append(text(left, 42, fmt3(lo), "start")).append(text(right, 42, fmt3(hi), "end"));
        if (Double.isFinite(threshold)) {
            double x = scale(threshold, lo, hi, left, right);
            svg.append("<line class=\"threshold\" x1=\"").append(fmt(x)).append("\" y1=\"6\" x2=\"").append(fmt(x))
                    .append("\" y2=\"38\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
            svg.append(text(x, 12, "threshold " + fmt3(threshold), x > width / 2 ? "end" : "start"));
        }
        if (Double.isFinite(lower) && Double.isFinite(upper)) {
            double x1 = scale(lower, lo, hi, left, right);
            double x2 = scale(upper, lo, hi, left, right);
            svg.append("<g class=\"interval\">").append(line(x1, 26, x2, 26, "#24292f", 2, null))
                    .append(line(x1, 21, x1, 31, "#24292f", 2, null)).append(line(x2, 21, x2, 31, "#24292f", 2, null))
                    .append("</g>");
        }
        if (Double.isFinite(observed)) {
            svg.append("<circle class=\"observed\" cx=\"").append(fmt(scale(observed, lo, hi, left, right)))
                    .append("\" cy=\"26\" r=\"5\" fill=\"").append(passed ? "#1a7f37" : "#cf222e").append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** A curve chart on the unit square: ROC (fpr, tpr), precision-recall (recall, precision) or calibration. */
    static String curves(String kind, String title, String xLabel, String yLabel, boolean diagonal, Series... series) {
        double size = 260;
        double left = 40;
        double top = 10;
        StringBuilder svg = open("chart chart-" + kind, size + 60, size + 80, title);
        svg.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                .append(fmt(size)).append("\" height=\"").append(fmt(size))
                .append("\" fill=\"none\" stroke=\"#d0d7de\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            svg.append(text(left + value * size, top + size + 14, fmt2(value), "middle"));
            svg.append(text(left - 4, top + size - value * size + 4, fmt2(value), "end"));
        }
        svg.append(text(left + size / 2, top + size + 30, xLabel, "middle"));
        svg.append("<text x=\"12\" y=\"").append(fmt(top + size / 2)).append("\" font-size=\"11\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 12 ").append(fmt(top + size / 2)).append(")\">")
                .append(Html.escape(yLabel)).append("</text>");
        if (diagonal) {
            svg.append(line(left, top + size, left + size, top, "#d0d7de", 1, "4 3"));
        }
        int legend = 0;
        for (Series one : series) {
            if (one == null) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            int n = Math.min(one.x().length, one.y().length);
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(one.x()[i]) && Double.isFinite(one.y()[i])) {
                    points.append(fmt(left + clamp(one.x()[i]) * size)).append(',')
                            .append(fmt(top + size - clamp(one.y()[i]) * size)).append(' ');
                }
            }
            svg.append("<polyline class=\"series series-").append(Html.escape(one.name()))
                    .append("\" fill=\"none\" stroke=\"").append(one.colour()).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
            if (one.markers()) {
                for (int i = 0; i < n; i++) {
                    if (Double.isFinite(one.x()[i]) && Double.isFinite(one.y()[i])) {
                        svg.append("<circle cx=\"").append(fmt(left + clamp(one.x()[i]) * size)).append("\" cy=\"")
                                .append(fmt(top + size - clamp(one.y()[i]) * size)).append("\" r=\"3\" fill=\"")
                                .append(one.colour()).append("\"/>");
                    }
                }
            }
            double y = top + size + 48 + legend * 14;
            svg.append(line(left, y - 4, left + 18, y - 4, one.colour(), 2, null));
            svg.append(text(left + 24, y, one.legend(), "start"));
            legend++;
        }
        return svg.append("</svg>").toString();
    }

    /** Reference versus current proportions per bin (numeric edges) or per category. */
    static String histogram(JsonNode histogram, String title) {
        double[] reference = numbers(histogram.path("reference"));
        double[] current = numbers(histogram.path("current"));
        boolean categorical = histogram.has("categories");
        JsonNode labels = categorical ? histogram.path("categories") : histogram.path("edges");
        int bins = Math.min(reference.length, current.length);
        double refTotal = sum(reference);
        double curTotal = sum(current);
        double width = Math.max(320, bins * 24 + 60);
        double height = 180;
        double left = 40;
        double plot = height - 50;
        StringBuilder svg = open("chart chart-histogram", width, height, title);
        double max = 0;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, Math.max(share(reference[i], refTotal), share(current[i], curTotal)));
        }
        max = max > 0 ? max : 1;
        double slot = bins == 0 ? 0 : (width - left - 10) / bins;
        for (int i = 0; i < bins; i++) {
            double x = left + i * slot;
            svg.append(bar(x + slot * 0.1, slot * 0.4, share(reference[i], refTotal) / max * plot, 10 + plot,
                    REFERENCE_COLOUR, "reference"));
            svg.append(bar(x + slot * 0.5, slot * 0.4, share(current[i], curTotal) / max * plot, 10 + plot,
                    CURRENT_COLOUR, "current"));
            String label = categorical ? labels.path(i).asText("") : labels.path(i).isNumber()
                    ? fmt3(labels.path(i).doubleValue()) : "";
            if (categorical || i % Math.max(1, bins / 6) == 0) {
                svg.append(text(x + slot / 2, 10 + plot + 14, shorten(label), "middle"));
            }
        }
        svg.append(text(left - 4, 14, fmt2(max), "end")).append(text(left - 4, 10 + plot, "0", "end"));
        svg.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(fmt(height - 14))
                .append("\" width=\"10\" height=\"8\" fill=\"").append(REFERENCE_COLOUR).append("\"/>");
        svg.append(text(left + 14, height - 6, "reference", "start"));
        svg.append("<rect x=\"").append(fmt(left + 90)).append("\" y=\"").append(fmt(height - 14))
                .append("\" width=\"10\" height=\"8\" fill=\"").append(CURRENT_COLOUR).append("\"/>");
        svg.append(text(left + 104, height - 6, "current", "start"));
        return svg.append("</svg>").toString();
    }

    /** A small trend line of a gate's last values, oldest first, the current value marked. */
    static String sparkline(double[] values, String title) {
        double width = 120;
        double height = 24;
        StringBuilder svg = open("chart chart-sparkline", width, height, title);
        double lo = min(values);
        double hi = max(values);
        if (hi <= lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        StringBuilder points = new StringBuilder();
        double step = values.length > 1 ? (width - 6) / (values.length - 1) : 0;
        double lastX = 3;
        double lastY = height / 2;
        for (int i = 0; i < values.length; i++) {
            lastX = 3 + i * step;
            lastY = height - 3 - (values[i] - lo) / (hi - lo) * (height - 6);
            points.append(fmt(lastX)).append(',').append(fmt(lastY)).append(' ');
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(CANDIDATE_COLOUR)
                .append("\" stroke-width=\"1.5\" points=\"").append(points.toString().trim()).append("\"/>");
        svg.append("<circle cx=\"").append(fmt(lastX)).append("\" cy=\"").append(fmt(lastY))
                .append("\" r=\"2.5\" fill=\"").append(CANDIDATE_COLOUR).append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** One named series of a curve chart. */
    record Series(String name, double[] x, double[] y, String colour, String legend, boolean markers) {
    }

    static double[] numbers(JsonNode array) {
        double[] values = new double[array.isArray() ? array.size() : 0];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNumber() ? array.get(i).doubleValue() : Double.NaN;
        }
        return values;
    }

    private static StringBuilder open(String cssClass, double width, double height, String title) {
        return new StringBuilder("<svg class=\"").append(cssClass).append("\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" role=\"img\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height)).append("\"><title>")
                .append(Html.escape(title)).append("</title>");
    }

    private static String bar(double x, double width, double height, double base, String colour, String series) {
        return "<rect class=\"bar bar-" + series + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(base - height) + "\" width=\""
                + fmt(width) + "\" height=\"" + fmt(height) + "\" fill=\"" + colour + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\" text-anchor=\"" + anchor + "\">"
                + Html.escape(content) + "</text>";
    }

    private static String shorten(String label) {
        return label.length() > 12 ? label.substring(0, 11) + "\u2026" : label;
    }

    private static double share(double count, double total) {
        return total > 0 && Double.isFinite(count) ? count / total : 0;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += Double.isFinite(value) ? value : 0;
        }
        return total;
    }

    private static double scale(double value, double lo, double hi, double from, double to) {
        return from + (value - lo) / (hi - lo) * (to - from);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static double min(double... values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Double.isFinite(value) ? Math.min(min, value) : min;
        }
        return Double.isFinite(min) ? min : 0;
    }

    private static double max(double... values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Double.isFinite(value) ? Math.max(max, value) : max;
        }
        return Double.isFinite(max) ? max : 1;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String fmt3(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
