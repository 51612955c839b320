package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders report.html: one self-contained page (no script, no network: a Content-Security-Policy forbids
 * both) laid out around a reader's questions: what was decided and why; which checks failed (filterable,
 * not-passed first); what the data looks like; how the model compares; what changed over time. Every
 * check is linkable by its unique id ({@link Anchors}); every number goes through {@link Figures}, its
 * exact value in the hover text; every value from data through {@link Html#escape}. Written in one pass.
 */
public final class HtmlReport {

    private static final String CSS = """
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#24292f;\
            display:grid;grid-template-columns:200px minmax(0,1fr);max-width:1680px;margin:0 auto}
            nav#toc{position:sticky;top:0;align-self:start;height:100vh;overflow:auto;padding:16px 12px;\
            border-right:1px solid #d0d7de;font-size:13px}
            nav#toc ol{list-style:none;padding:0;margin:0}nav#toc li{margin:4px 0;overflow-wrap:anywhere}nav#toc a{color:#24292f}
            main{padding:16px 24px;min-width:0}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px}h3{font-size:16px;margin:20px 0 6px}
            h4{font-size:14px;margin:12px 0 4px}a{color:#0550ae}
            .verdict{border-radius:8px;padding:12px 18px;border-left:8px solid}
            .decision-promote{background:#e6f4ea;border-color:#009E73}.decision-reject{background:#fdecea;border-color:#D55E00}
            .sub,.meta{color:#57606a;font-size:13px;font-weight:normal}
            #counts a{margin-right:4px;color:#24292f;text-decoration:none}#counts .zero{color:#57606a}
            #counts .count-blocking:not(.zero) b{color:#b3400a}
            ol#causes{margin:8px 0;padding-left:22px}.cause{margin:3px 0}
            .tag{font-size:11px;text-transform:uppercase;border-radius:3px;padding:0 4px;background:#eaeef2}
            .cause-data .tag{background:#ffe7c2}
            .tiles{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
            .tile{border:1px solid #d0d7de;border-radius:8px;padding:8px 12px;min-width:240px;color:#24292f;\
            text-decoration:none}.tile-bad{border-color:#D55E00}.tile .kind{font-weight:600}.tally{display:block;margin-top:4px}
            table{border-collapse:collapse;width:100%;margin:6px 0}
            th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f6f8fa;position:sticky;top:0}
            .scroll{overflow-x:auto;max-width:100%}
            td.what{min-width:240px;overflow-wrap:anywhere}td.required{min-width:140px;max-width:240px;overflow-wrap:anywhere}
            td.chart{width:304px}td.chart svg{max-width:none}.figure{white-space:nowrap;text-align:right}
            .status{font-weight:600;border-radius:4px;padding:1px 6px;white-space:nowrap;font-size:12px}
            .status-passed{background:#d8f3e6}.status-failed,.status-errored{background:#fbd9c9}
            .status-warning,.status-inconclusive{background:#fff1c2}.status-skipped{background:#eaeef2}
            .message{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;overflow-wrap:anywhere}
            details summary{cursor:pointer;color:#57606a;font-size:12px}
            .filters{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
            .filters label{border:1px solid #d0d7de;border-radius:14px;padding:2px 10px;cursor:pointer}
            .filter{position:absolute;opacity:0;width:1px;height:1px}
            .columns{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:12px}
            article.column{border:1px solid #d0d7de;border-radius:8px;padding:4px 12px;min-width:0}
            article.e-failed,article.e-errored{border-color:#D55E00}
            .profile{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dt{font-weight:600}dd{margin:0}
            .checklist{list-style:none;padding:0;margin:6px 0}.checklist li{margin:2px 0}
            .charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}
            svg.chart{max-width:100%;height:auto}svg text{fill:#24292f}
            code{overflow-wrap:anywhere}
            """;

    private final Run run;
    private final Promotion promotion;
    private final History history;

    private HtmlReport(Run run, Promotion promotion, History history) {
        this.run = run;
        this.promotion = promotion;
        this.history = history;
    }

    /**
     * Writes the page to {@code out}, which stays open, as it is generated: the page is never held whole
     * in memory. {@code history} is the history before this run, for the trends; {@code degradations}
     * are reported by summary.md and promotion.json, whose retraining signals the page counts.
     */
    public static void write(Run run, Promotion promotion, History history, List<History.Degradation> degradations,
                             OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new HtmlReport(run, promotion, history).page(html);
        html.flush();
    }

    private void page(Writer html) throws IOException {
        Findings findings = new Findings(run, promotion);
        Trends trends = new Trends(run, history);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mlgate report: ").append(promotion.decision()).append("</title>\n")
                .append("<style>").append(CSS).append(HtmlChecks.css()).append("</style>\n</head>\n<body>\n");
        HtmlChecks.radios(html);
        toc(html, trends);
        html.append("<main>\n");
        HtmlDecision.block(html, run, promotion, findings);
        HtmlDecision.tiles(html, run);
        HtmlChecks.section(html, findings);
        HtmlData.section(html, run.suites());
        HtmlModels.section(html, run.suites());
        trends.section(html);
        lineage(html);
        html.append("</main>\n</body>\n</html>\n");
    }

    private void toc(Writer html, Trends trends) throws IOException {
        html.append("<nav id=\"toc\" aria-label=\"Contents\">\n<strong>mlgate report</strong>\n<ol>\n")
                .append("<li><a href=\"#verdict\">Decision</a></li>\n<li><a href=\"#checks\">Checks</a></li>\n");
        boolean data = run.suites().stream().anyMatch(suite -> Findings.isData(suite.kind()));
        boolean models = run.suites().stream().anyMatch(suite -> !Findings.isData(suite.kind()));
        if (data) {
            html.append("<li><a href=\"#data\">Data</a>\n<ol>\n");
            suiteLinks(html, true);
            html.append("</ol></li>\n");
        }
        if (models) {
            html.append("<li><a href=\"#models\">Models</a>\n<ol>\n");
            suiteLinks(html, false);
            html.append("</ol></li>\n");
        }
        if (!trends.isEmpty()) {
            html.append("<li><a href=\"#trends\">Trends</a></li>\n");
        }
        html.append("<li><a href=\"#lineage\">Lineage</a></li>\n</ol>\n</nav>\n");
    }

    private void suiteLinks(Writer html, boolean data) throws IOException {
        for (var suite : run.suites()) {
            if (Findings.isData(suite.kind()) == data) {
                html.append("<li><a href=\"#").append(Anchors.of(suite.uniqueId())).append("\">")
                        .append(escape(suite.displayName())).append("</a></li>\n");
            }
        }
    }

    private void lineage(Writer html) throws IOException {
        var info = run.info();
        html.append("<section id=\"lineage\">\n<h2>Lineage</h2>\n<dl class=\"lineage\">\n");
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
            html.append("<dt>").append(name).append("</dt><dd><code>").append(escape(value)).append("</code></dd>\n");
        }
    }
}
