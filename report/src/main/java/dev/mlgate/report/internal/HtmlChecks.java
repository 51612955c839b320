package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.Html.escape;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The table of every check in reading order (what blocks first), with a status filter made of radio
 * buttons and CSS alone (no script), each row linkable by its check's unique id (see {@link Anchors}).
 */
final class HtmlChecks {

    /** The filter's choices: id suffix, label, and the effective statuses a choice keeps (empty: all). */
    enum Filter {
        ALL("all", "All"),
        PROBLEMS("problems", "Not passed"),
        FAILED("failed", "Failed"),
        WARNING("warning", "Warnings"),
        INCONCLUSIVE("inconclusive", "Inconclusive"),
        PASSED("passed", "Passed");

        final String id;
        final String label;

        Filter(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    private HtmlChecks() {
    }

    /** The radio buttons, which must precede {@code <main>} for the CSS rules of {@link #css()} to reach it. */
    static void radios(Writer html) throws IOException {
        for (Filter filter : Filter.values()) {
            html.append("<input type=\"radio\" name=\"show\" class=\"filter\" id=\"show-").append(filter.id)
                    .append('"').append(filter == Filter.ALL ? " checked" : "").append(">\n");
        }
    }

    /** The CSS that hides rows a filter leaves out and marks the chosen filter. */
    static String css() {
        StringBuilder css = new StringBuilder();
        css.append("#show-problems:checked~main tr.ok,")
                .append("#show-failed:checked~main tr.row:not(.e-failed):not(.e-errored),")
                .append("#show-warning:checked~main tr.row:not(.e-warning),")
                .append("#show-inconclusive:checked~main tr.row:not(.e-inconclusive),")
                .append("#show-passed:checked~main tr.row:not(.e-passed){display:none}\n");
        for (Filter filter : Filter.values()) {
            css.append(filter == Filter.ALL ? "" : ",").append("#show-").append(filter.id)
                    .append(":checked~main label[for=show-").append(filter.id).append(']');
        }
        return css.append("{background:#24292f;color:#fff}\n")
                .append(".filter:focus-visible~main .filters{outline:2px solid #0072B2}\n").toString();
    }

    static void section(Writer html, Findings findings) throws IOException {
        html.append("<section id=\"checks\">\n<h2>Checks <span class=\"meta\">").append(Figures.count(findings.total()))
                .append(", not passed first</span></h2>\n<div class=\"filters\" role=\"group\" aria-label=\"Show\">");
        for (Filter filter : Filter.values()) {
            html.append("<label for=\"show-").append(filter.id).append("\">").append(filter.label).append(' ')
                    .append(count(findings, filter)).append("</label>");
        }
        html.append("</div>\n<div class=\"scroll\"><table id=\"check-table\">\n<thead><tr><th>Status</th><th>Check</th>")
                .append("<th>Value</th><th>Required</th><th>Chart</th></tr></thead>\n<tbody>\n");
        for (Check check : findings.ordered()) {
            row(html, check);
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    private static String count(Findings findings, Filter filter) {
        int count = switch (filter) {
            case ALL -> findings.total();
            case PROBLEMS -> findings.total() - findings.count(Status.PASSED) - findings.count(Status.SKIPPED);
            case FAILED -> findings.count(Status.FAILED) + findings.count(Status.ERRORED);
            case WARNING -> findings.count(Status.WARNING);
            case INCONCLUSIVE -> findings.count(Status.INCONCLUSIVE);
            case PASSED -> findings.count(Status.PASSED);
        };
        return "<span class=\"n\">" + Figures.count(count) + "</span>";
    }

    private static void row(Writer html, Check check) throws IOException {
        Status effective = check.effectiveStatus();
        String anchor = Anchors.of(check.uniqueId());
        html.append("<tr id=\"").append(anchor).append("\" class=\"row e-").append(effective.word())
                .append(effective == Status.PASSED || effective == Status.SKIPPED ? " ok" : "").append("\"><td>")
                .append(badge(check)).append("</td><td class=\"what\"><a class=\"title\" href=\"#").append(anchor)
                .append("\">").append(escape(check.title())).append("</a> <span class=\"meta\">")
                .append(escape(check.kind())).append(check.blocking() ? "" : " \u00b7 non-blocking").append("</span>");
        if (check.message() != null && effective != Status.PASSED) {
            html.append("<div class=\"message\">").append(Prose.html(check.message())).append("</div>");
        } else if (check.message() != null) {
            html.append("<details><summary>message</summary><div class=\"message\">").append(Prose.html(check.message()))
                    .append("</div></details>");
        }
        examples(html, check.examples());
        html.append("</td><td class=\"figure\">").append(Shown.observed(check));
        String interval = Shown.interval(check);
        if (!interval.isEmpty()) {
            html.append("<div class=\"meta\">").append(interval).append("</div>");
        }
        String p = Shown.p(check);
        if (!p.isEmpty()) {
            html.append("<div class=\"meta\">p ").append(p).append("</div>");
        }
        html.append("</td><td class=\"required\">").append(Prose.html(check.expected())).append("</td><td class=\"chart\">")
                .append(GateChart.of(check)).append("</td></tr>\n");
    }

    private static void examples(Writer html, List<Example> examples) throws IOException {
        if (examples.isEmpty()) {
            return;
        }
        html.append("<ul class=\"examples\">");
        for (Example example : examples) {
            html.append("<li>").append(example.file() == null ? "" : escape(example.file()) + ", ")
                    .append("row ").append(escape(example.row())).append(": <code>")
                    .append(escape(example.value() == null ? "null" : example.value())).append("</code></li>");
        }
        html.append("</ul>");
    }

    static String badge(Check check) {
        Status effective = check.effectiveStatus();
        String hover = effective == check.status() ? "" : " title=\"" + check.status().word() + ", non-blocking\"";
        return "<span class=\"status status-" + effective.word() + "\"" + hover + ">" + effective.word() + "</span>";
    }
}
