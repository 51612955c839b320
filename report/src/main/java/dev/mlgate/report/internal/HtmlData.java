package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Suite;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the data looks like: per data contract, the files it read, its table-level checks, and one card
 * per column (in the manner of Great Expectations' Data Docs) with what the checks measured, a histogram
 * or the top values, and the column's checks beside them.
 */
final class HtmlData {

    private static final int TOP_VALUES = 8;

    private HtmlData() {
    }

    static void section(Writer html, List<Suite> suites) throws IOException {
        // contracts on the same data file make one dataset: its columns gather the checks of all of them
        Map<String, List<Suite>> datasets = new LinkedHashMap<>();
        for (Suite suite : suites) {
            if (Findings.isData(suite.kind())) {
                datasets.computeIfAbsent(dataFile(suite), file -> new ArrayList<>()).add(suite);
            }
        }
        if (datasets.isEmpty()) {
            return;
        }
        html.append("<section id=\"data\">\n<h2>What the data looks like</h2>\n");
        for (List<Suite> dataset : datasets.values()) {
            dataset(html, dataset);
        }
        html.append("</section>\n");
    }

    private static String dataFile(Suite suite) {
        return suite.artifacts().stream().filter(artifact -> "data".equals(artifact.role()) && artifact.path() != null)
                .map(artifact -> "file " + artifact.path()).findFirst().orElse("suite " + suite.uniqueId());
    }

    private static void dataset(Writer html, List<Suite> suites) throws IOException {
        for (Suite suite : suites) {
            HtmlModels.suiteHeading(html, suite);
        }
        artifacts(html, suites.stream().flatMap(suite -> suite.artifacts().stream()).distinct().toList());
        Map<String, List<Check>> columns = new TreeMap<>();
        List<Check> table = new ArrayList<>();
        for (Check check : suites.stream().flatMap(suite -> suite.checks().stream()).toList()) {
            String column = ColumnProfile.columnOf(check);
            if (column == null) {
                table.add(check);
            } else {
                columns.computeIfAbsent(column, c -> new ArrayList<>()).add(check);
            }
        }
        if (!table.isEmpty()) {
            html.append("<h4>Table checks</h4>\n");
            checkList(html, table, suites.size() > 1);
        }
        html.append("<div class=\"columns\">\n");
        // columns with a problem first, each group in name order (the map's order; the sort is stable)
        List<Map.Entry<String, List<Check>>> ordered = columns.entrySet().stream()
                .sorted(Comparator.comparingInt(column -> column.getValue().stream().mapToInt(Findings::rank).min()
                        .getAsInt()))
                .toList();
        for (Map.Entry<String, List<Check>> column : ordered) {
            card(html, suites.get(0), ColumnProfile.of(column.getKey(), column.getValue()), suites.size() > 1);
        }
        html.append("</div>\n");
    }

    static void artifacts(Writer html, List<Artifact> artifacts) throws IOException {
        if (artifacts.isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"artifacts\">\n<thead><tr><th>Role</th><th>File</th>")
                .append("<th>Rows</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (Artifact artifact : artifacts) {
            String rows = Json.isNumber(artifact.rows())
                    ? Figures.count(Double.parseDouble(artifact.rows())) : escape(artifact.rows());
            String sha = artifact.sha256() == null ? "" : artifact.sha256();
            html.append("<tr><td>").append(escape(artifact.role())).append("</td><td><code>").append(escape(artifact.path()))
                    .append("</code></td><td class=\"figure\">").append(rows).append("</td><td><code title=\"")
                    .append(escape(sha)).append("\">").append(escape(sha.length() > 12 ? sha.substring(0, 12) + "\u2026" : sha))
                    .append("</code></td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static void card(Writer html, Suite suite, ColumnProfile profile, boolean owners) throws IOException {
        Status worst = profile.checks().stream().map(Check::effectiveStatus).reduce(Status.SKIPPED, Status::worse);
        html.append("<article class=\"column e-").append(worst.word()).append("\" id=\"")
                .append(Anchors.column(suite.uniqueId(), profile.column())).append("\">\n<h4><code>")
                .append(escape(profile.column())).append("</code> <span class=\"status status-").append(worst.word())
                .append("\">").append(worst.word()).append("</span></h4>\n<div class=\"profile\">\n<dl>\n");
        item(html, "type", profile.type() == null ? null : escape(profile.type()));
        if (profile.nulls() != null) {
            item(html, "nulls", Shown.observed(profile.nulls()) + checkedOf(profile.nulls()));
        }
        item(html, "distinct", Json.isNumber(profile.distinct())
                ? Shown.span(profile.distinct(), Figures.count(Double.parseDouble(profile.distinct()))) : null);
        item(html, "mean", profile.mean() == null ? null : Shown.observed(profile.mean()));
        item(html, "median", profile.median() == null ? null : Shown.observed(profile.median()));
        item(html, "std. dev.", profile.deviation() == null ? null : Shown.observed(profile.deviation()));
        JsonNode histogram = profile.drift() == null ? null : profile.drift().histogram();
        double[] quartiles = ColumnProfile.approximateQuantiles(histogram, 0.25, 0.5, 0.75);
        if (quartiles.length == 3) {
            double[] edges = Svg.numbers(histogram.path("edges"));
            item(html, "binned range", Shown.span(Figures.exact(edges[0]) + " to " + Figures.exact(edges[edges.length - 1]),
                    Figures.interval(edges[0], edges[edges.length - 1])));
            item(html, "quartiles \u2248", Html.escape(Figures.value(quartiles[0], 3) + " \u00b7 "
                    + Figures.value(quartiles[1], 3) + " \u00b7 " + Figures.value(quartiles[2], 3)));
        }
        html.append("</dl>\n");
        if (histogram != null && histogram.has("categories")) {
            topValues(html, histogram);
        } else if (histogram != null && histogram.isObject()) {
            html.append(HistogramChart.draw(histogram, profile.column(), "Reference versus current: " + profile.column()));
        }
        html.append("</div>\n");
        checkList(html, profile.checks(), owners);
        html.append("</article>\n");
    }

    private static String checkedOf(Check check) {
        String checked = check.details().get("checked");
        return Json.isNumber(checked) ? " of " + Figures.count(Double.parseDouble(checked)) + " rows" : "";
    }

    private static void topValues(Writer html, JsonNode histogram) throws IOException {
        Map<String, double[]> values = new LinkedHashMap<>();
        double[] reference = Svg.numbers(histogram.path("reference"));
        double[] current = Svg.numbers(histogram.path("current"));
        double refTotal = 0;
        double curTotal = 0;
        for (int i = 0; i < Math.min(reference.length, current.length); i++) {
            values.put(histogram.path("categories").path(i).asText(""), new double[] {reference[i], current[i]});
            refTotal += reference[i];
            curTotal += current[i];
        }
        html.append("<table class=\"top-values\"><thead><tr><th>Top values</th><th>current</th><th>reference</th>")
                .append("</tr></thead><tbody>");
        List<Map.Entry<String, double[]>> sorted = values.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).limit(TOP_VALUES).toList();
        for (Map.Entry<String, double[]> value : sorted) {
            html.append("<tr><td><code>").append(escape(value.getKey())).append("</code></td><td class=\"figure\">")
                    .append(Figures.share(value.getValue()[1] / curTotal)).append("</td><td class=\"figure\">")
                    .append(Figures.share(value.getValue()[0] / refTotal)).append("</td></tr>");
        }
        html.append("</tbody></table>\n");
    }

    private static void item(Writer html, String name, String value) throws IOException {
        if (value != null) {
            html.append("<dt>").append(name).append("</dt><dd>").append(value).append("</dd>\n");
        }
    }

    /** The checks as short lines linking to their rows in the table of checks. */
    static void checkList(Writer html, List<Check> checks) throws IOException {
        checkList(html, checks, false);
    }

    /** As {@link #checkList(Writer, List)}, each check prefixed with its suite when {@code owner}. */
    static void checkList(Writer html, List<Check> checks, boolean owner) throws IOException {
        html.append("<ul class=\"checklist\">\n");
        for (Check check : checks.stream().sorted(Comparator.comparingInt(Findings::rank)).toList()) {
            html.append("<li>").append(HtmlChecks.badge(check)).append(" <a href=\"#").append(Anchors.of(check.uniqueId()))
                    .append("\">").append(escape(owner ? Model.simpleName(check.className()) + ": " + check.displayName()
                            : check.displayName())).append("</a>");
            if (check.observed() != null && check.effectiveStatus() != Status.PASSED) {
                html.append(" <span class=\"meta\">").append(escape(check.metric() == null ? "" : check.metric() + " "))
                        .append(Shown.observed(check)).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
