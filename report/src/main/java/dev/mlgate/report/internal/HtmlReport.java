package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import dev.mlgate.report.internal.Svg.Series;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders report.html: one self-contained page (no scripts, no network, a Content-Security-Policy that
 * forbids both) with the decision first, then the checks that need attention, then every suite with
 * its charts. Every value that came from data passes through {@link Html#escape}.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;\
            padding:16px;color:#24292f}
            h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:26px 0 8px}h3{font-size:16px;margin:18px 0 6px}
            .verdict{border-radius:8px;padding:14px 18px;color:#fff}
            .decision-promote{background:#1a7f37}.decision-reject{background:#cf222e}
            table{border-collapse:collapse;width:100%;margin:6px 0}
            th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
            .status{font-weight:600;border-radius:4px;padding:1px 6px;white-space:nowrap}
            .status-passed{background:#dafbe1}.status-failed,.status-errored{background:#ffebe9}
            .status-warning,.status-inconclusive{background:#fff8c5}.status-skipped{background:#eaeef2}
            .message{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
            .charts{display:flex;flex-wrap:wrap;gap:16px}.meta{color:#57606a}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dt{font-weight:600}
            dd{margin:0;word-break:break-all}
            """;

    private final Run run;
    private final Promotion promotion;
    private final History history;
    private final Set<String> degraded;
    private final Set<Check> tracked;
    private final Map<String, Integer> anchors = new HashMap<>();

    private HtmlReport(Run run, Promotion promotion, History history, List<History.Degradation> degradations) {
        this.run = run;
        this.promotion = promotion;
        this.history = history;
        this.degraded = Set.copyOf(degradations.stream().map(d -> d.check().uniqueId()).toList());
        this.tracked = Set.copyOf(History.tracked(run));
        List<Check> checks = run.checks();
        for (int i = 0; i < checks.size(); i++) {
            anchors.put(checks.get(i).uniqueId(), i);
        }
    }

    /**
     * Writes the page to {@code out}, which stays open, as it is generated: the page is never held whole
     * in memory. {@code history} is the history before this run, for the trends.
     */
    public static void write(Run run, Promotion promotion, History history, List<History.Degradation> degradations,
                             OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new HtmlReport(run, promotion, history, degradations).page(html);
        html.flush();
    }

    private void page(Writer html) throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mlgate report: ").append(promotion.decision()).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        verdict(html);
        attention(html);
        html.append("<section id=\"suites\">\n<h2>Suites</h2>\n");
        for (int i = 0; i < run.suites().size(); i++) {
            suite(html, run.suites().get(i), i);
        }
        html.append("</section>\n");
        lineage(html);
        html.append("</body>\n</html>\n");
    }

    private void verdict(Writer html) throws IOException {
        String decision = promotion.decision();
        html.append("<header id=\"verdict\" class=\"verdict decision-").append(decision.toLowerCase()).append("\">\n")
                .append("<h1><span id=\"decision\">").append(decision).append("</span> \u2014 verdict <span id=\"run-verdict\">")
                .append(run.verdict().word()).append("</span>").append(promotion.partial() ? " (partial run)" : "")
                .append("</h1>\n<ul id=\"reasons\">\n");
        for (String reason : promotion.reasons()) {
            html.append("<li>").append(escape(reason)).append("</li>\n");
        }
        html.append("</ul>\n");
        if (promotion.retrainRecommended()) {
            html.append("<p id=\"retrain\"><strong>Retraining recommended:</strong></p>\n<ul>\n");
            for (String reason : promotion.retrainReasons()) {
                html.append("<li>").append(escape(reason)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</header>\n");
    }

    private void attention(Writer html) throws IOException {
        List<Check> failing = run.checks().stream()
                .filter(check -> check.status() != Status.PASSED && check.blocksWhenNotPassed()
                        && check.status() != Status.SKIPPED)
                .toList();
        html.append("<section id=\"attention\">\n<h2>Failing checks (").append(String.valueOf(failing.size())).append(")</h2>\n");
        table(html, failing, "failing");
        html.append("<h2>Warnings (").append(String.valueOf(promotion.warnings().size())).append(")</h2>\n");
        table(html, promotion.warnings(), "warnings");
        html.append("</section>\n");
    }

    private void table(Writer html, List<Check> checks, String id) throws IOException {
        if (checks.isEmpty()) {
            html.append("<p class=\"meta\" id=\"").append(id).append("\">None.</p>\n");
            return;
        }
        html.append("<table id=\"").append(id).append("\">\n<tr><th>Status</th><th>Check</th><th>Observed</th>")
                .append("<th>Expected</th><th>Message</th></tr>\n");
        for (Check check : checks) {
            html.append("<tr class=\"check-row\"><td>").append(badge(check)).append("</td><td><a href=\"#check-")
                    .append(String.valueOf(anchors.get(check.uniqueId()))).append("\">").append(escape(check.title()))
                    .append("</a></td><td>").append(escape(check.observed())).append("</td><td>")
                    .append(escape(check.expected())).append("</td><td class=\"message\">")
                    .append(escape(check.message())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void suite(Writer html, Suite suite, int index) throws IOException {
        html.append("<section class=\"suite\" id=\"suite-").append(String.valueOf(index)).append("\">\n<h3>")
                .append("<span class=\"status status-").append(suite.status().word()).append("\">")
                .append(suite.status().word()).append("</span> ").append(escape(suite.displayName()))
                .append(" <span class=\"meta\">").append(escape(suite.kind())).append(" \u00b7 ")
                .append(escape(suite.className())).append("</span></h3>\n");
        if (suite.message() != null) {
            html.append("<p class=\"message suite-error\">").append(escape(suite.message())).append("</p>\n");
        }
        if (!suite.artifacts().isEmpty()) {
            html.append("<table class=\"artifacts\">\n<tr><th>Role</th><th>Path</th><th>Rows</th><th>SHA-256</th></tr>\n");
            for (Artifact artifact : suite.artifacts()) {
                html.append("<tr><td>").append(escape(artifact.role())).append("</td><td>").append(escape(artifact.path()))
                        .append("</td><td>").append(escape(artifact.rows())).append("</td><td><code>")
                        .append(escape(artifact.sha256())).append("</code></td></tr>\n");
            }
            html.append("</table>\n");
        }
        modelCharts(html, suite);
        html.append("<table class=\"checks\">\n<tr><th>Status</th><th>Check</th><th>Observed</th><th>Expected</th>")
                .append("<th>Interval</th><th>p (adjusted)</th><th>Chart</th></tr>\n");
        for (Check check : suite.checks()) {
            check(html, check);
        }
        html.append("</table>\n</section>\n");
    }

    private void modelCharts(Writer html, Suite suite) throws IOException {
        Map<String, JsonNode> charts = suite.charts();
        String roc = curve(charts, "roc", "fpr", "tpr", "auc", "ROC AUC");
        String pr = curve(charts, "pr", "recall", "precision", "ap", "AP");
        String calibration = curve(charts, "calibration", "meanPredicted", "observedRate", null, null);
        if (roc.isEmpty() && pr.isEmpty() && calibration.isEmpty()) {
            return;
        }
        html.append("<div class=\"charts\">").append(roc).append(pr).append(calibration).append("</div>\n");
    }

    private static String curve(Map<String, JsonNode> charts, String kind, String x, String y, String score,
                                String scoreName) {
        // a comparison draws the candidate against the baseline; a quality suite draws the one model it scored
        Series candidate = charts.containsKey(kind + ".candidate")
                ? series(charts.get(kind + ".candidate"), "candidate", x, y, score, scoreName, Svg.CANDIDATE_COLOUR,
                        kind.equals("calibration"))
                : series(charts.get(kind + ".model"), "model", x, y, score, scoreName, Svg.CANDIDATE_COLOUR,
                        kind.equals("calibration"));
        Series baseline = series(charts.get(kind + ".baseline"), "baseline", x, y, score, scoreName,
                Svg.BASELINE_COLOUR, kind.equals("calibration"));
        if (candidate == null && baseline == null) {
            return "";
        }
        return switch (kind) {
            case "roc" -> Svg.curves("roc", "ROC curve", "false positive rate", "true positive rate", true,
                    candidate, baseline);
            case "pr" -> Svg.curves("pr", "Precision-recall curve", "recall", "precision", false, candidate, baseline);
            default -> Svg.curves("calibration", "Calibration curve", "mean predicted probability",
                    "observed positive rate", true, candidate, baseline);
        };
    }

    private static Series series(JsonNode chart, String model, String x, String y, String score, String scoreName,
                                 String colour, boolean markers) {
        if (chart == null) {
            return null;
        }
        String legend = model + (score != null && chart.path(score).isNumber()
                ? " (" + scoreName + " " + Svg.fmt3(chart.path(score).doubleValue()) + ")" : "");
        return new Series(model, Svg.numbers(chart.path(x)), Svg.numbers(chart.path(y)), colour, legend, markers);
    }

    private void check(Writer html, Check check) throws IOException {
        html.append("<tr class=\"check check-").append(check.status().word()).append("\" id=\"check-")
                .append(String.valueOf(anchors.get(check.uniqueId()))).append("\"><td>").append(badge(check)).append("</td><td>")
                .append("<strong>").append(escape(check.title())).append("</strong> <span class=\"meta\">")
                .append(escape(check.kind())).append(check.blocking() ? "" : " \u00b7 non-blocking").append("</span>");
        if (degraded.contains(check.uniqueId())) {
            html.append(" <span class=\"status status-warning degraded\">degraded</span>");
        }
        if (check.message() != null) {
            html.append("<div class=\"message\">").append(escape(check.message())).append("</div>");
        }
        if (!check.examples().isEmpty()) {
            html.append("<ul class=\"examples\">");
            for (Example example : check.examples()) {
                html.append("<li>row ").append(escape(example.row())).append(": <code>").append(escape(example.value() == null ? "null" : example.value()))
                        .append("</code></li>");
            }
            html.append("</ul>");
        }
        html.append("</td><td>").append(escape(check.observed())).append("</td><td>").append(escape(check.expected()))
                .append("</td><td>");
        if (check.intervalLower() != null || check.intervalUpper() != null) {
            html.append('[').append(escape(check.intervalLower())).append(", ").append(escape(check.intervalUpper()))
                    .append(']');
        }
        html.append("</td><td>").append(escape(check.p()));
        if (check.pAdjusted() != null) {
            html.append(" (").append(escape(check.pAdjusted())).append(')');
        }
        html.append("</td><td>").append(charts(check)).append("</td></tr>\n");
    }

    private String charts(Check check) {
        StringBuilder charts = new StringBuilder();
        double threshold = History.threshold(check);
        if (Json.isNumber(check.observed()) && Double.isFinite(threshold)) {
            charts.append(Svg.gate(Double.parseDouble(check.observed()), number(check.intervalLower()),
                    number(check.intervalUpper()), threshold, check.status() == Status.PASSED,
                    check.title() + ": " + check.observed() + ", required " + check.expected()));
        }
        if (tracked.contains(check)) {
            double[] trend = history.trend(check);
            charts.append("<div class=\"trend\">").append(Svg.sparkline(trend, "Last " + trend.length + " runs of "
                    + check.title())).append(" <span class=\"meta\">").append(trend.length).append(" runs</span></div>");
        }
        if (check.histogram() != null && check.histogram().isObject()) {
            charts.append(Svg.histogram(check.histogram(), "Reference versus current: " + check.title()));
        }
        return charts.toString();
    }

    private void lineage(Writer html) throws IOException {
        var info = run.info();
        html.append("<section id=\"lineage\">\n<h2>Lineage</h2>\n<dl>\n");
        item(html, "mlgate", info.mlgateVersion());
        item(html, "JVM", info.jvm());
        item(html, "Git commit", info.gitCommit());
        item(html, "Seed", info.seed());
        item(html, "Configuration hash", info.configHash());
        item(html, "Complete", info.complete() == null ? "not reported" : info.complete().toString());
        if (!info.missing().isEmpty()) {
            item(html, "Not run", String.join(", ", info.missing()));
        }
        item(html, "Generated", run.generatedAt().toString());
        for (var baseline : run.baselines()) {
            item(html, "Baseline in force", baseline.describe(run.generatedAt()).substring("Baseline in force: ".length()));
        }
        html.append("</dl>\n</section>\n");
    }

    private static void item(Writer html, String name, String value) throws IOException {
        if (value != null) {
            html.append("<dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd>\n");
        }
    }

    private static String badge(Check check) {
        return "<span class=\"status status-" + check.status().word() + "\">" + check.status().word() + "</span>";
    }

    private static double number(String text) {
        return Json.isNumber(text) ? Double.parseDouble(text) : Double.NaN;
    }
}
