package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Svg.data;
import static dev.mlgate.report.internal.Svg.fmt;
import static dev.mlgate.report.internal.Svg.text;

/**
 * A gate's value over its last runs, oldest first, with its scale written beside it (the lowest and
 * highest value shown) and the current value marked, so a reader sees how far it moved, not only that
 * it moved.
 */
final class Sparkline {

    private static final double WIDTH = 230;
    private static final double HEIGHT = 34;
    private static final double LEFT = 66;
    private static final double RIGHT = WIDTH - 6;

    private Sparkline() {
    }

    static String draw(double[] values, String title) {
        double lo = Svg.min(values);
        double hi = Svg.max(values);
        double axisLo = hi > lo ? lo : lo - 0.5;
        double axisHi = hi > lo ? hi : hi + 0.5;
        StringBuilder svg = Svg.open("chart chart-sparkline", WIDTH, HEIGHT, title,
                data("y-min", lo) + data("y-max", hi) + data("runs", values.length));
        if (hi > lo) {
            svg.append(text("tick", LEFT - 6, 11, Figures.value(hi), "end"));
            svg.append(text("tick", LEFT - 6, HEIGHT - 3, Figures.value(lo), "end"));
        } else {
            svg.append(text("tick", LEFT - 6, HEIGHT / 2 + 4, Figures.value(lo), "end"));
        }
        svg.append(Svg.line(LEFT - 2, 4, LEFT - 2, HEIGHT - 4, "#d0d7de", 1, null));
        StringBuilder points = new StringBuilder();
        double step = values.length > 1 ? (RIGHT - LEFT) / (values.length - 1) : 0;
        double lastX = LEFT;
        double lastY = HEIGHT / 2;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                continue;
            }
            lastX = LEFT + i * step;
            lastY = Svg.scale(values[i], axisLo, axisHi, HEIGHT - 6, 6);
            points.append(fmt(lastX)).append(',').append(fmt(lastY)).append(' ');
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(Svg.BLUE).append("\" stroke-width=\"1.5\" points=\"")
                .append(points.toString().trim()).append("\"/>");
        svg.append("<circle class=\"current\" cx=\"").append(fmt(lastX)).append("\" cy=\"").append(fmt(lastY))
                .append("\" r=\"3\" fill=\"").append(Svg.BLUE).append("\"/>");
        return svg.append("</svg>").toString();
    }
}
