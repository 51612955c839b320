package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Svg.data;
import static dev.mlgate.report.internal.Svg.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reference against current distribution of one column: for a numeric column, the share of rows per
 * bin between the published edges; for a categorical one, per value. The y axis is the share of each
 * side's rows (so sides of different sizes compare), titled, with percentage ticks; the x axis is the
 * column, its edges written through {@link Figures} (never in e-notation for ordinary magnitudes).
 */
final class HistogramChart {

    private static final double LEFT = 66;
    private static final double TOP = 22;
    private static final double PLOT = 130;

    private HistogramChart() {
    }

    static String draw(JsonNode histogram, String column, String title) {
        double[] reference = Svg.numbers(histogram.path("reference"));
        double[] current = Svg.numbers(histogram.path("current"));
        boolean categorical = histogram.has("categories");
        JsonNode labels = categorical ? histogram.path("categories") : histogram.path("edges");
        int bins = Math.min(reference.length, current.length);
        double refTotal = sum(reference);
        double curTotal = sum(current);
        double width = Math.max(360, Math.min(bins, 40) * 22 + LEFT + 20);
        double slot = bins == 0 ? 0 : (width - LEFT - 12) / bins;
        double max = 0;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, Math.max(share(reference[i], refTotal), share(current[i], curTotal)));
        }
        max = niceShare(max);
        String xMin = categorical || bins == 0 ? "" : Figures.exact(labels.path(0).asDouble());
        String xMax = categorical || bins == 0 ? "" : Figures.exact(labels.path(bins).asDouble());
        StringBuilder svg = Svg.open("chart chart-histogram", width, TOP + PLOT + 58, title,
                data("y-min", 0) + data("y-max", max) + data("y-title", "share of rows") + data("x-title", column)
                        + (categorical ? data("x-kind", "categories") : data("x-min", xMin) + data("x-max", xMax)));
        svg.append(Svg.line(LEFT, TOP + PLOT, width - 12, TOP + PLOT, "#8c959f", 1, null));
        for (int tick = 0; tick <= 2; tick++) {
            double value = max * tick / 2;
            double y = TOP + PLOT - PLOT * tick / 2;
            svg.append(text("tick tick-y", LEFT - 6, y + 4, Figures.share(value), "end"));
            svg.append(Svg.line(LEFT, y, width - 12, y, "#eaeef2", 1, null));
        }
        for (int i = 0; i < bins; i++) {
            double x = LEFT + i * slot;
            double ref = share(reference[i], refTotal);
            double cur = share(current[i], curTotal);
            svg.append(bar("bar bar-reference", x + slot * 0.1, slot * 0.4, ref / max * PLOT, Svg.REFERENCE_COLOUR,
                    label(labels, i, categorical) + ": reference " + Figures.share(ref)));
            svg.append(bar("bar bar-current", x + slot * 0.5, slot * 0.4, cur / max * PLOT, Svg.CURRENT_COLOUR,
                    label(labels, i, categorical) + ": current " + Figures.share(cur)));
        }
        int every = Math.max(1, (int) Math.ceil(bins / (categorical ? 8.0 : 5.0)));
        for (int i = 0; i <= bins; i += every) {
            if (categorical && i < bins) {
                svg.append(text("tick tick-x", LEFT + (i + 0.5) * slot, TOP + PLOT + 14,
                        Svg.shorten(labels.path(i).asText(""), 10), "middle"));
            } else if (!categorical && labels.path(i).isNumber()) {
                svg.append(text("tick tick-x", LEFT + i * slot, TOP + PLOT + 14,
                        Figures.value(labels.path(i).doubleValue(), 3), i == 0 ? "start" : i == bins ? "end" : "middle"));
            }
        }
        svg.append(text("axis-title", LEFT + (width - LEFT) / 2, TOP + PLOT + 32, Svg.shorten(column, 40), "middle"));
        svg.append(Svg.verticalTitle(12, TOP + PLOT / 2, "share of rows"));
        svg.append(Svg.rect("key", LEFT, 6, 10, 9, Svg.REFERENCE_COLOUR)).append(text("legend", LEFT + 14, 15,
                "reference (" + Figures.count(refTotal) + " rows)", "start"));
        svg.append(Svg.rect("key", LEFT + 170, 6, 10, 9, Svg.CURRENT_COLOUR)).append(text("legend", LEFT + 184, 15,
                "current (" + Figures.count(curTotal) + " rows)", "start"));
        return svg.append("</svg>").toString();
    }

    private static String label(JsonNode labels, int i, boolean categorical) {
        if (categorical) {
            return labels.path(i).asText("");
        }
        return "[" + Figures.value(labels.path(i).asDouble()) + ", " + Figures.value(labels.path(i + 1).asDouble()) + ")";
    }

    private static String bar(String cssClass, double x, double width, double height, String colour, String hover) {
        return "<rect class=\"" + cssClass + "\" x=\"" + Svg.fmt(x) + "\" y=\"" + Svg.fmt(TOP + PLOT - height)
                + "\" width=\"" + Svg.fmt(width) + "\" height=\"" + Svg.fmt(height) + "\" fill=\"" + colour
                + "\"><title>" + Html.escape(hover) + "</title></rect>";
    }

    /** The axis top: the largest share rounded up to a tenth (or a hundredth under 10%). */
    static double niceShare(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double steps = max > 0.1 ? 10 : 100;
        return Math.min(1, Math.ceil(max * steps - 1e-9) / steps);
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
}
