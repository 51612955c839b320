package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.CurveChart.Series;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Suite;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the model compares: per model-quality or comparison suite, the files it read, the candidate
 * against the baseline metric by metric (with the interval of the difference and the test's p-value),
 * and its ROC, precision-recall and calibration charts.
 */
final class HtmlModels {

    private HtmlModels() {
    }

    static void section(Writer html, List<Suite> suites) throws IOException {
        List<Suite> models = suites.stream().filter(suite -> !Findings.isData(suite.kind())).toList();
        if (models.isEmpty()) {
            return;
        }
        html.append("<section id=\"models\">\n<h2>How the model compares</h2>\n");
        for (Suite suite : models) {
            suiteHeading(html, suite);
            HtmlData.artifacts(html, suite.artifacts());
            comparisons(html, suite.checks().stream().filter(check -> check.details().containsKey("candidate")
                    && check.details().containsKey("baseline")).toList());
            List<Check> others = suite.checks().stream().filter(check -> !check.details().containsKey("candidate")).toList();
            if (!others.isEmpty()) {
                HtmlData.checkList(html, others);
            }
            charts(html, suite.charts());
        }
        html.append("</section>\n");
    }

    static void suiteHeading(Writer html, Suite suite) throws IOException {
        html.append("<h3 class=\"suite\" id=\"").append(Anchors.of(suite.uniqueId())).append("\"><span class=\"status status-")
                .append(suite.status().word()).append("\">").append(suite.status().word()).append("</span> ")
                .append(escape(suite.displayName())).append(" <span class=\"meta\">").append(escape(suite.kind()))
                .append("</span></h3>\n");
        if (suite.message() != null) {
            html.append("<p class=\"message suite-error\">").append(Prose.html(suite.message())).append("</p>\n");
        }
    }

    private static void comparisons(Writer html, List<Check> checks) throws IOException {
        if (checks.isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"comparison\">\n<thead><tr><th>Status</th><th>Comparison</th>")
                .append("<th>Metric</th><th>Candidate</th><th>Baseline</th><th>Difference</th><th>Interval</th>")
                .append("<th>p</th><th>Test</th></tr></thead>\n<tbody>\n");
        for (Check check : checks) {
            html.append("<tr><td>").append(HtmlChecks.badge(check)).append("</td><td><a href=\"#")
                    .append(Anchors.of(check.uniqueId())).append("\">").append(escape(check.displayName()))
                    .append("</a></td><td>").append(escape(check.metric())).append("</td><td class=\"figure\">")
                    .append(Shown.detail(check, "candidate")).append("</td><td class=\"figure\">")
                    .append(Shown.detail(check, "baseline")).append("</td><td class=\"figure\">")
                    .append(Shown.detail(check, "difference")).append("</td><td class=\"figure\">")
                    .append(Shown.interval(check)).append("</td><td class=\"figure\">").append(Shown.p(check))
                    .append("</td><td>").append(escape(check.details().getOrDefault("test", ""))).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static void charts(Writer html, Map<String, JsonNode> charts) throws IOException {
        List<String> drawn = new ArrayList<>();
        curve(charts, "roc", "fpr", "tpr", "auc", "ROC AUC").ifPresent(series -> drawn.add(CurveChart.draw("roc",
                "ROC curve", "false positive rate", "true positive rate", true, series)));
        curve(charts, "pr", "recall", "precision", "ap", "AP").ifPresent(series -> drawn.add(CurveChart.draw("pr",
                "Precision-recall curve", "recall", "precision", false, series)));
        curve(charts, "calibration", "meanPredicted", "observedRate", null, null).ifPresent(series -> drawn.add(
                CurveChart.draw("calibration", "Calibration: observed rate per bin of predicted probability,"
                        + " with its 95% Wilson interval", "mean predicted probability", "observed positive rate",
                        true, series)));
        if (drawn.isEmpty()) {
            return;
        }
        html.append("<div class=\"charts\">");
        for (String chart : drawn) {
            html.append("<figure>").append(chart).append("</figure>");
        }
        html.append("</div>\n<p class=\"meta\">Calibration: the shaded band is each bin's 95% Wilson score interval")
                .append(" for the observed rate; a larger dot is a bin with more rows (hover for counts).</p>\n");
    }

    private static Optional<List<Series>> curve(Map<String, JsonNode> charts, String kind, String x, String y,
                                                          String score, String scoreName) {
        List<Series> series = new ArrayList<>();
        for (String role : List.of("candidate", "model", "baseline")) {
            JsonNode chart = charts.get(kind + "." + role);
            if (chart == null) {
                continue;
            }
            String legend = role + (score != null && chart.path(score).isNumber()
                    ? " (" + scoreName + " " + Figures.value(chart.path(score).doubleValue()) + ")"
                    : chart.has("count") ? " (95% Wilson band)" : "");
            double[] counts = chart.has("count") ? Svg.numbers(chart.path("count")) : null;
            series.add(new Series(role, Svg.numbers(chart.path(x)), Svg.numbers(chart.path(y)), counts,
                    role.equals("baseline") ? Svg.BASELINE_COLOUR : Svg.CANDIDATE_COLOUR, legend));
        }
        return series.isEmpty() ? Optional.empty() : Optional.of(series);
    }
}
