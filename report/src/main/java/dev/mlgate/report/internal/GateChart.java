package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Svg.data;
import static dev.mlgate.report.internal.Svg.fmt;
import static dev.mlgate.report.internal.Svg.scale;
import static dev.mlgate.report.internal.Svg.text;

import dev.mlgate.report.internal.Model.Check;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mini-chart beside a check: the quantity its threshold bounds, on one axis with the threshold.
 * A test judged by a p-value (Kolmogorov–Smirnov or chi-squared drift, a significance test against the
 * baseline) plots p against alpha on a log axis from 0.0001 to 1; a margin comparison plots the
 * difference and its interval against the margin; any other gate plots its value against its bound, on
 * [0, 1] when the metric lives there (AUC, AP, accuracy, shares).
 */
final class GateChart {

    static final double P_FLOOR = 1e-4;
    private static final Pattern P_BOUND = Pattern.compile("p >= ([0-9.eE+-]+)|alpha = ([0-9.eE+-]+)");
    private static final Set<String> BOUNDED = Set.of("roc_auc", "pr_auc", "average_precision", "accuracy",
            "balanced_accuracy", "precision", "recall", "f1", "specificity", "sensitivity", "brier_score", "tpr", "fpr",
            "npv", "drifted share");
    private static final double WIDTH = 300;
    private static final double LEFT = 12;
    private static final double RIGHT = WIDTH - 12;
    private static final double AXIS_Y = 30;

    /** What a chart plots: quantity name, value, interval, bound, axis and scale. */
    record Plot(String quantity, double value, double lower, double upper, double bound, String requirement,
                double axisMin, double axisMax, boolean log) {
    }

    private GateChart() {
    }

    /** The chart of {@code check}, or the empty string when it has no numeric value and bound to plot. */
    static String of(Check check) {
        Plot plot = plot(check);
        return plot == null ? "" : draw(plot, check.status() == Status.PASSED, check.title());
    }

    /** What {@code check}'s chart plots, or null when there is nothing to plot. */
    static Plot plot(Check check) {
        Matcher alpha = check.expected() == null ? null : P_BOUND.matcher(check.expected());
        double p = number(check.p());
        if (alpha != null && alpha.find() && Double.isFinite(p)) {
            double bound = Double.parseDouble(alpha.group(1) != null ? alpha.group(1) : alpha.group(2));
            return new Plot("p-value", p, Double.NaN, Double.NaN, bound, "p \u2265 " + Figures.pValue(bound),
                    P_FLOOR, 1, true);
        }
        double observed = number(check.observed());
        if (!Double.isFinite(observed)) {
            return null;
        }
        String margin = check.details().get("margin");
        if ("comparison".equals(check.kind()) && margin != null && Json.isNumber(margin)) {
            boolean higher = !"lower".equals(check.details().get("direction"));
            double bound = higher ? -Double.parseDouble(margin) : Double.parseDouble(margin);
            return linear("difference vs baseline", observed, check, bound,
                    (higher ? "\u2265 " : "\u2264 ") + Figures.value(bound), false);
        }
        double bound = History.threshold(check);
        if (!Double.isFinite(bound)) {
            return null;
        }
        String requirement = (check.expected().contains(">=") ? "\u2265 " : "\u2264 ") + Figures.value(bound);
        return linear(check.metric() == null ? "value" : check.metric(), observed, check, bound, requirement,
                bounded(check.metric()));
    }

    private static Plot linear(String quantity, double value, Check check, double bound, String requirement,
                               boolean unit) {
        double lower = number(check.intervalLower());
        double upper = number(check.intervalUpper());
        double lo = Svg.min(value, lower, upper, bound);
        double hi = Svg.max(value, lower, upper, bound);
        if (unit && lo >= 0 && hi <= 1) {
            return new Plot(quantity, value, lower, upper, bound, requirement, 0, 1, false);
        }
        double pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.1, 0.05);
        return new Plot(quantity, value, lower, upper, bound, requirement, lo - pad, hi + pad, false);
    }

    static boolean bounded(String metric) {
        if (metric == null) {
            return false;
        }
        int at = metric.indexOf('@');
        return BOUNDED.contains(at < 0 ? metric : metric.substring(0, at));
    }

    private static String draw(Plot plot, boolean passed, String title) {
        StringBuilder svg = Svg.open("chart chart-gate", WIDTH, 50, title + ": " + plot.quantity() + " "
                        + Figures.exact(plot.value()) + ", required " + plot.requirement(),
                data("quantity", plot.quantity()) + data("value", plot.value()) + data("bound", plot.bound())
                        + data("axis-min", plot.axisMin()) + data("axis-max", plot.axisMax())
                        + data("scale", plot.log() ? "log" : "linear"));
        svg.append(text("axis-title", LEFT, 11, Svg.shorten(plot.quantity(), 30), "start"));
        svg.append(text("requirement", RIGHT, 11, "required " + plot.requirement(), "end"));
        svg.append(Svg.line(LEFT, AXIS_Y, RIGHT, AXIS_Y, "#8c959f", 1, null));
        ticks(svg, plot);
        double boundX = x(plot.bound(), plot);
        svg.append("<line class=\"threshold\" x1=\"").append(fmt(boundX)).append("\" y1=\"17\" x2=\"")
                .append(fmt(boundX)).append("\" y2=\"36\" stroke=\"").append(Svg.VERMILION)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
        if (Double.isFinite(plot.lower()) && Double.isFinite(plot.upper())) {
            double x1 = x(plot.lower(), plot);
            double x2 = x(plot.upper(), plot);
            svg.append("<g class=\"interval\">").append(Svg.line(x1, AXIS_Y, x2, AXIS_Y, "#24292f", 2, null))
                    .append(Svg.line(x1, AXIS_Y - 5, x1, AXIS_Y + 5, "#24292f", 2, null))
                    .append(Svg.line(x2, AXIS_Y - 5, x2, AXIS_Y + 5, "#24292f", 2, null)).append("</g>");
        }
        // passed: a filled blue dot; otherwise a hollow vermilion one, so shape and colour both tell
        svg.append("<circle class=\"observed\" cx=\"").append(fmt(x(plot.value(), plot))).append("\" cy=\"")
                .append(fmt(AXIS_Y)).append("\" r=\"5\" fill=\"").append(passed ? Svg.BLUE : "#fff")
                .append("\" stroke=\"").append(passed ? Svg.BLUE : Svg.VERMILION).append("\" stroke-width=\"2\"/>");
        return svg.append("</svg>").toString();
    }

    private static void ticks(StringBuilder svg, Plot plot) {
        if (plot.log()) {
            for (double tick = plot.axisMin(); tick <= plot.axisMax() * 1.0001; tick *= 10) {
                double x = x(tick, plot);
                svg.append(Svg.line(x, AXIS_Y - 3, x, AXIS_Y + 3, "#8c959f", 1, null));
                svg.append(text("tick", x, 46, Figures.value(tick), anchor(x)));
            }
            return;
        }
        svg.append(text("tick", LEFT, 46, Figures.value(plot.axisMin()), "start"));
        svg.append(text("tick", RIGHT, 46, Figures.value(plot.axisMax()), "end"));
    }

    private static String anchor(double x) {
        return x <= LEFT + 1 ? "start" : x >= RIGHT - 1 ? "end" : "middle";
    }

    /** The x coordinate of {@code value}: values beyond the axis sit at its end. */
    static double x(double value, Plot plot) {
        if (plot.log()) {
            double v = Math.log10(Svg.clamp(value, plot.axisMin(), plot.axisMax()));
            return scale(v, Math.log10(plot.axisMin()), Math.log10(plot.axisMax()), LEFT, RIGHT);
        }
        return scale(Svg.clamp(value, plot.axisMin(), plot.axisMax()), plot.axisMin(), plot.axisMax(), LEFT, RIGHT);
    }

    private static double number(String text) {
        return Json.isNumber(text) ? Double.parseDouble(text) : Double.NaN;
    }
}
