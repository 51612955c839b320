package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changed over time: the last runs of every tracked gate and comparison, from the history before
 * this run plus this run's value, drawn once per check with its scale.
 */
final class Trends {

    private final Map<Check, double[]> trends = new LinkedHashMap<>();

    Trends(Run run, History history) {
        for (Check check : History.tracked(run)) {
            double[] trend = history.trend(check);
            if (trend.length > 1) {
                trends.put(check, trend);
            }
        }
    }

    boolean isEmpty() {
        return trends.isEmpty();
    }

    /** The check's sparkline for its row, or the empty string when it has no earlier run. */
    String sparkline(Check check) {
        double[] trend = trends.get(check);
        if (trend == null) {
            return "";
        }
        return "<div class=\"trend\">" + Sparkline.draw(trend, "Last " + trend.length + " runs of " + check.title()
                + ", oldest first") + "</div>";
    }

    void section(Writer html) throws IOException {
        if (trends.isEmpty()) {
            return;
        }
        html.append("<section id=\"trends\">\n<h2>What changed over time</h2>\n<p class=\"meta\">Each line is a gate's")
                .append(" value in its last runs, oldest first; the numbers at its left are the lowest and highest")
                .append(" value shown; the dot is this run.</p>\n<div class=\"scroll\"><table class=\"trends\">\n")
                .append("<thead><tr><th>Check</th><th>Runs</th><th>Trend</th><th>This run</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Check, double[]> entry : trends.entrySet()) {
            Check check = entry.getKey();
            html.append("<tr><td><a href=\"#").append(Anchors.of(check.uniqueId())).append("\">")
                    .append(escape(check.title())).append("</a></td><td class=\"figure\">")
                    .append(Figures.count(entry.getValue().length)).append("</td><td>").append(sparkline(check))
                    .append("</td><td class=\"figure\">").append(Shown.observed(check)).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }
}
