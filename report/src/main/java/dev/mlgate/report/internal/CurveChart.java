package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Svg.data;
import static dev.mlgate.report.internal.Svg.fmt;
import static dev.mlgate.report.internal.Svg.text;

import java.util.List;

/**
 * ROC, precision-recall and calibration charts: both axes on [0, 1], tick labels outside the plot and
 * axis titles clear of them. A calibration chart adds, per bin, a 95% Wilson score band for the observed
 * rate (wide where a bin holds few rows) and a marker whose area grows with the bin's row count.
 */
final class CurveChart {

    static final double Z95 = 1.959963984540054;
    private static final double SIZE = 240;
    private static final double LEFT = 58;
    private static final double TOP = 10;

    /** One model's curve; {@code counts} only for calibration (rows per bin). */
    record Series(String name, double[] x, double[] y, double[] counts, String colour, String legend) {
    }

    private CurveChart() {
    }

    static String draw(String kind, String title, String xTitle, String yTitle, boolean diagonal, List<Series> series) {
        double width = LEFT + SIZE + 16;
        double height = TOP + SIZE + 52 + series.size() * 16;
        StringBuilder svg = Svg.open("chart chart-" + kind, width, height, title,
                data("x-min", 0) + data("x-max", 1) + data("y-min", 0) + data("y-max", 1)
                        + data("x-title", xTitle) + data("y-title", yTitle));
        svg.append("<rect x=\"").append(fmt(LEFT)).append("\" y=\"").append(fmt(TOP)).append("\" width=\"")
                .append(fmt(SIZE)).append("\" height=\"").append(fmt(SIZE))
                .append("\" fill=\"none\" stroke=\"#d0d7de\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            svg.append(text("tick tick-x", x(value), TOP + SIZE + 15, Figures.value(value), "middle"));
            svg.append(text("tick tick-y", LEFT - 6, y(value) + 4, Figures.value(value), "end"));
        }
        svg.append(text("axis-title", LEFT + SIZE / 2, TOP + SIZE + 32, xTitle, "middle"));
        svg.append(Svg.verticalTitle(14, TOP + SIZE / 2, yTitle));
        if (diagonal) {
            svg.append(Svg.line(x(0), y(0), x(1), y(1), "#afb8c1", 1, "4 3"));
        }
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            if (one.counts() != null) {
                calibration(svg, one);
            }
            svg.append("<polyline class=\"series series-").append(Html.escape(one.name())).append("\" fill=\"none\"")
                    .append(" stroke=\"").append(one.colour()).append("\" stroke-width=\"2\"")
                    .append(s == 1 ? " stroke-dasharray=\"6 3\"" : "").append(" points=\"")
                    .append(points(one.x(), one.y())).append("\"/>");
            double legendY = TOP + SIZE + 50 + s * 16;
            svg.append(Svg.line(LEFT, legendY - 4, LEFT + 20, legendY - 4, one.colour(), 2, s == 1 ? "6 3" : null));
            svg.append(text("legend", LEFT + 26, legendY, one.legend(), "start"));
        }
        return svg.append("</svg>").toString();
    }

    private static void calibration(StringBuilder svg, Series one) {
        int n = Math.min(one.x().length, Math.min(one.y().length, one.counts().length));
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] band = wilson(one.y()[i], one.counts()[i]);
            if (Double.isFinite(one.x()[i]) && Double.isFinite(band[0])) {
                upper.append(fmt(x(one.x()[i]))).append(',').append(fmt(y(band[1]))).append(' ');
                lower.insert(0, fmt(x(one.x()[i])) + "," + fmt(y(band[0])) + " ");
            }
        }
        svg.append("<polygon class=\"band band-").append(Html.escape(one.name())).append("\" fill=\"")
                .append(one.colour()).append("\" fill-opacity=\"0.15\" stroke=\"none\" points=\"")
                .append((upper.toString() + lower).trim()).append("\"/>");
        double most = Math.max(1, Svg.max(one.counts()));
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(one.x()[i]) || !Double.isFinite(one.y()[i])) {
                continue;
            }
            double[] band = wilson(one.y()[i], one.counts()[i]);
            double radius = 2 + 4 * Math.sqrt(one.counts()[i] / most);
            svg.append("<circle class=\"bin\" cx=\"").append(fmt(x(one.x()[i]))).append("\" cy=\"")
                    .append(fmt(y(one.y()[i]))).append("\" r=\"").append(fmt(radius)).append("\" fill=\"")
                    .append(one.colour()).append('"').append(data("count", one.counts()[i])).append("><title>")
                    .append(Html.escape(one.name() + ": mean predicted " + Figures.value(one.x()[i]) + ", observed "
                            + Figures.value(one.y()[i]) + " of " + Figures.count(one.counts()[i]) + " rows, Wilson 95% "
                            + Figures.interval(band[0], band[1])))
                    .append("</title></circle>");
        }
    }

    /** The 95% Wilson score interval of a rate observed over {@code n} rows. */
    static double[] wilson(double rate, double n) {
        if (!(n > 0) || !Double.isFinite(rate)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z2 = Z95 * Z95;
        double centre = (rate + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(rate * (1 - rate) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                points.append(fmt(x(xs[i]))).append(',').append(fmt(y(ys[i]))).append(' ');
            }
        }
        return points.toString().trim();
    }

    static double x(double value) {
        return LEFT + Svg.clamp(value, 0, 1) * SIZE;
    }

    static double y(double value) {
        return TOP + SIZE - Svg.clamp(value, 0, 1) * SIZE;
    }
}
