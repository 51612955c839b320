package dev.mlgate.report.internal;

import dev.mlgate.report.ReportConstants;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders summary.md, GitHub-flavoured Markdown for a pull-request comment or a job summary. The decision
 * and the counts come first; then each cause of a REJECT once, on one line; warnings and inconclusive
 * checks briefly; retraining signals; and the table of checks inside {@code <details>}, worst first. The
 * whole file stays within a number of lines ({@value ReportConstants#DEFAULT_SUMMARY_LINES} by default)
 * whatever the size of the run: a list or the table that does not fit ends with "and N more — see
 * report.html". Text is cut at a word, never inside one.
 */
public final class MarkdownSummary {

    /** Characters of a cause in a list, and of a table cell, before it is cut at a word. */
    static final int CAUSE = 240;
    static final int BRIEF = 120;
    static final int CELL = 80;

    private MarkdownSummary() {
    }

    /** The summary's text, in at most {@value ReportConstants#DEFAULT_SUMMARY_LINES} lines. */
    public static String render(Run run, Promotion promotion) {
        return render(run, promotion, ReportConstants.DEFAULT_SUMMARY_LINES);
    }

    /** The summary's text, in at most {@code maxLines} lines (at least {@value ReportConstants#MIN_SUMMARY_LINES}). */
    public static String render(Run run, Promotion promotion, int maxLines) {
        int budget = Math.max(maxLines, ReportConstants.MIN_SUMMARY_LINES);
        SummaryCounts counts = SummaryCounts.of(run, promotion);
        List<String> lines = new ArrayList<>();
        lines.add("## mlgate: " + (promotion.promote() ? "\u2705 PROMOTE" : "\u274c REJECT") + identity(promotion));
        lines.add("");
        lines.add(counts.line());
        if (promotion.partial() && promotion.filter() != null) {
            lines.add("");
            lines.add("**Partial run:** " + escape(promotion.filter()));
        }
        List<String> causes = promotion.promote() ? List.of() : promotion.causes().stream()
                .map(reason -> "- " + (reason.name() == null ? "" : "**" + escape(reason.name()) + "** "
                        + (reason.status() == null ? "" : reason.status() + " ") + "\u2014 ")
                        + escape(Causes.cut(reason.cause(), CAUSE)))
                .toList();
        // a drifted column is a retraining signal: listed there, not twice
        Set<String> signalled = promotion.retraining().signals().stream().map(RetrainingSignal::check)
                .collect(Collectors.toSet());
        List<String> warnings = promotion.warnings().stream()
                .filter(check -> !signalled.contains(check.uniqueId()))
                .map(check -> "- " + (check.status() == Status.INCONCLUSIVE ? "\u2754 " : "\u26a0\ufe0f ")
                        + "**" + escape(check.title()) + "** " + check.status().word() + " \u2014 "
                        + escape(Causes.cut(Causes.of(check), BRIEF)))
                .toList();
        List<String> signals = promotion.retraining().signals().stream()
                .map(signal -> "- " + signal.kind() + " \u2014 " + escape(Causes.cut(signal.cause(), CAUSE)))
                .toList();
        List<String> rows = SummaryTable.rows(run);

        // What is left for the lists once the table's frame and a few of its rows are reserved.
        int available = budget - lines.size() - SummaryTable.FRAME - Math.min(rows.size(), SummaryTable.MIN_ROWS);
        int[] shown = Budget.share(available, new int[] {causes.size(), warnings.size(), signals.size()},
                new int[] {5, 2, 2});
        section(lines, "Why it was rejected (" + causes.size() + ")", causes, shown[0]);
        int moved = promotion.warnings().size() - warnings.size();
        section(lines, "Warnings and inconclusive checks (" + warnings.size() + (moved == 0 ? ")"
                : "; " + moved + " more under retraining signals)"), warnings, shown[1]);
        section(lines, "Retraining signals (" + signals.size() + ")", signals, shown[2]);
        if (!run.baselines().isEmpty()) {
            // one paragraph, after the lists, so the decision, counts and causes keep the first lines
            lines.add("");
            lines.add(run.baselines().stream().map(baseline -> escape(baseline.describe(run.generatedAt())))
                    .collect(Collectors.joining("; ")));
        }
        SummaryTable.append(lines, rows, budget - lines.size());
        return String.join("\n", lines) + "\n";
    }

    private static String identity(Promotion promotion) {
        ModelIdentity model = promotion.model();
        if (model == null || model.name() == null && model.version() == null) {
            return "";
        }
        String name = model.name() == null ? "model" : escape(model.name());
        return " \u00b7 " + name + (model.version() == null ? "" : " " + escape(model.version()));
    }

    /** A titled list of at most {@code shown} items, ending with how many more there are. */
    private static void section(List<String> lines, String title, List<String> items, int shown) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("### " + title);
        lines.add("");
        lines.addAll(items.subList(0, shown));
        if (shown < items.size()) {
            lines.add("- and " + (items.size() - shown) + " more \u2014 see report.html");
        }
    }

    /**
     * Makes data inert in Markdown: table pipes, backticks, emphasis, links and HTML are escaped, newlines
     * folded, an {@code @} is followed by a zero-width joiner so no {@code @mention} notifies anyone, and
     * bidirectional controls are shown as {@code {U+202E}} (see {@link BidiControls}). Never cuts.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '`', '*', '_', '[', ']', '#', '~' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r', '\t' -> escaped.append(' ');
                case '@' -> escaped.append("@\u200D");
                default -> escaped.append(BidiControls.is(c) ? BidiControls.visible(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
