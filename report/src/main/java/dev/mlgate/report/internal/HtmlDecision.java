package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import dev.mlgate.report.internal.Findings.Cause;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first screen: what was decided and why (the decision, counts, each blocking cause once with
 * upstream data first), then one tile per kind of suite with its counts.
 */
final class HtmlDecision {

    /** How much of a cause's message the first screen shows; the row below has all of it. */
    static final int WHY_LENGTH = 160;
    private static final int WARNINGS_SHOWN = 6;

    private HtmlDecision() {
    }

    static void block(Writer html, Run run, Promotion promotion, Findings findings) throws IOException {
        String decision = promotion.decision();
        html.append("<header id=\"verdict\" class=\"verdict decision-").append(decision.toLowerCase(Locale.ROOT))
                .append("\">\n<h1><span id=\"decision\">").append(decision).append("</span> <span class=\"sub\">")
                .append("run verdict <span id=\"run-verdict\">").append(run.verdict().word()).append("</span>")
                .append(promotion.partial() ? " \u00b7 partial run" : " \u00b7 complete run").append("</span></h1>\n")
                .append("<p id=\"counts\">");
        count(html, findings.blocking(), "blocking", findings.blocking() == 1 ? "blocking failure" : "blocking failures",
                "#checks");
        html.append(" \u00b7 ");
        count(html, findings.count(Status.WARNING), "warning", findings.count(Status.WARNING) == 1 ? "warning" : "warnings",
                "#checks");
        html.append(" \u00b7 ");
        count(html, findings.count(Status.INCONCLUSIVE), "inconclusive", "inconclusive", "#checks");
        html.append(" \u00b7 ");
        count(html, findings.count(Status.PASSED), "passed", "passed", "#checks");
        html.append(" <span class=\"sub\">of ").append(Figures.count(findings.total())).append(" checks</span></p>\n");
        List<Cause> causes = findings.causes();
        if (!causes.isEmpty() || promotion.partial()) {
            html.append("<ol id=\"causes\">\n");
            for (Cause cause : causes) {
                html.append("<li class=\"cause").append(cause.data() ? " cause-data" : "").append("\"><span class=\"tag\">")
                        .append(cause.data() ? "data" : "model").append("</span> <a href=\"#").append(cause.anchor())
                        .append("\">").append(escape(cause.what())).append("</a>");
                if (cause.why() != null) {
                    html.append(" \u2014 <span class=\"why\">").append(Prose.html(shorten(cause.why()))).append("</span>");
                }
                html.append("</li>\n");
            }
            if (promotion.partial()) {
                List<String> missing = run.info().missing();
                html.append("<li class=\"cause\"><span class=\"tag\">run</span> a partial run never promotes")
                        .append(missing.isEmpty() ? "" : ": " + Figures.count(missing.size()) + " not run (see Lineage)")
                        .append("</li>\n");
            }
            html.append("</ol>\n");
        } else {
            html.append("<p id=\"causes\">Every blocking check passed in a complete run.</p>\n");
        }
        warnings(html, promotion.warnings());
        if (promotion.retrainRecommended()) {
            html.append("<p id=\"retrain\"><strong>Retraining signals:</strong> ")
                    .append(Figures.count(promotion.retrainReasons().size()))
                    .append(" (listed in summary.md and promotion.json)</p>\n");
        }
        html.append("</header>\n");
    }

    private static void count(Writer html, int count, String css, String what, String href) throws IOException {
        html.append("<a class=\"count count-").append(css).append(count == 0 ? " zero" : "").append("\" href=\"")
                .append(href).append("\"><b>").append(Figures.count(count)).append("</b> ").append(what).append("</a>");
    }

    private static void warnings(Writer html, List<Check> warnings) throws IOException {
        if (warnings.isEmpty()) {
            return;
        }
        html.append("<p id=\"warnings\"><strong>Warnings (non-blocking):</strong> ");
        for (int i = 0; i < Math.min(WARNINGS_SHOWN, warnings.size()); i++) {
            Check check = warnings.get(i);
            html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(Anchors.of(check.uniqueId())).append("\">")
                    .append(escape(check.title())).append("</a>");
        }
        html.append(warnings.size() > WARNINGS_SHOWN ? ", and " + (warnings.size() - WARNINGS_SHOWN) + " more" : "")
                .append("</p>\n");
    }

    /** The first line of {@code text}, cut at a word boundary, never mid-word. */
    static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        if (line.length() <= WHY_LENGTH) {
            return line;
        }
        int space = line.lastIndexOf(' ', WHY_LENGTH);
        return line.substring(0, space > WHY_LENGTH / 2 ? space : WHY_LENGTH).stripTrailing() + " \u2026";
    }

    static void tiles(Writer html, Run run) throws IOException {
        Map<String, Map<Status, Integer>> kinds = new LinkedHashMap<>();
        Map<String, Integer> suites = new LinkedHashMap<>();
        for (String kind : List.of("data contract", "model quality", "baseline comparison")) {
            kinds.put(kind, new EnumMap<>(Status.class));
            suites.put(kind, 0);
        }
        for (Suite suite : run.suites()) {
            String kind = suite.kind() == null ? "other" : suite.kind();
            suites.merge(kind, 1, Integer::sum);
            Map<Status, Integer> counts = kinds.computeIfAbsent(kind, k -> new EnumMap<>(Status.class));
            suite.checks().forEach(check -> counts.merge(check.effectiveStatus(), 1, Integer::sum));
        }
        html.append("<section id=\"overview\" class=\"tiles\">\n");
        for (Map.Entry<String, Map<Status, Integer>> kind : kinds.entrySet()) {
            if (suites.get(kind.getKey()) == 0) {
                continue;
            }
            Map<Status, Integer> counts = kind.getValue();
            int bad = counts.getOrDefault(Status.FAILED, 0) + counts.getOrDefault(Status.ERRORED, 0);
            html.append("<a class=\"tile").append(bad > 0 ? " tile-bad" : "").append("\" href=\"#")
                    .append(Findings.isData(kind.getKey()) ? "data" : "models").append("\"><span class=\"kind\">")
                    .append(escape(kind.getKey())).append("</span> <span class=\"meta\">")
                    .append(Figures.count(suites.get(kind.getKey()))).append(suites.get(kind.getKey()) == 1 ? " suite" : " suites")
                    .append("</span><span class=\"tally\">");
            for (Status status : List.of(Status.FAILED, Status.ERRORED, Status.INCONCLUSIVE, Status.WARNING,
                    Status.PASSED, Status.SKIPPED)) {
                int n = counts.getOrDefault(status, 0);
                if (n > 0 || status == Status.FAILED || status == Status.PASSED) {
                    html.append("<span class=\"status status-").append(status.word()).append("\">")
                            .append(Figures.count(n)).append(' ').append(status.word()).append("</span> ");
                }
            }
            html.append("</span></a>\n");
        }
        html.append("</section>\n");
    }
}
