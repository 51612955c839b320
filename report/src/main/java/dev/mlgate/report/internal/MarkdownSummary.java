package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders summary.md, GitHub-flavoured Markdown for a pull-request comment or a job summary: decision
 * and failing checks first, then warnings, then a table of every check. Never longer than
 * {@value #LIMIT} characters: the tail is cut at a line and a note says how much was left out.
 */
public final class MarkdownSummary {

    /** The most characters summary.md holds (GitHub allows 65,536 in a comment). */
    public static final int LIMIT = 60_000;

    private static final int CELL = 300;

    private MarkdownSummary() {
    }

    /** The summary's text. */
    public static String render(Run run, Promotion promotion) {
        List<String> lines = new ArrayList<>();
        lines.add("## mlgate: " + (promotion.promote() ? "\u2705 PROMOTE" : "\u274c REJECT") + " \u2014 verdict "
                + run.verdict().word() + (promotion.partial() ? " (partial run)" : ""));
        lines.add("");
        promotion.reasons().forEach(reason -> lines.add("- " + escape(reason)));
        run.baselines().forEach(baseline -> lines.add("- " + escape(baseline.describe(run.generatedAt()))));
        if (promotion.retrainRecommended()) {
            lines.add("");
            lines.add("**Retraining recommended:**");
            lines.add("");
            promotion.retrainReasons().forEach(reason -> lines.add("- " + escape(reason)));
        }
        List<Check> failing = run.checks().stream()
                .filter(check -> check.status() != Status.PASSED && check.status() != Status.SKIPPED
                        && check.blocksWhenNotPassed())
                .toList();
        section(lines, "Failing checks", failing);
        section(lines, "Warnings", promotion.warnings());
        lines.add("");
        lines.add("### All checks (" + run.checks().size() + ")");
        lines.add("");
        lines.add("| Suite | Check | Status | Observed | Expected |");
        lines.add("|---|---|---|---|---|");
        for (Suite suite : run.suites()) {
            if (suite.status() == Status.ERRORED) {
                lines.add("| " + escape(suite.displayName()) + " | (suite) | errored | | " + escape(suite.message()) + " |");
            }
            for (Check check : suite.checks()) {
                lines.add("| " + escape(suite.displayName()) + " | " + escape(check.title()) + " | "
                        + check.status().word() + (check.blocking() ? "" : " (non-blocking)") + " | "
                        + escape(check.observed()) + " | " + escape(check.expected()) + " |");
            }
        }
        return fit(lines);
    }

    private static void section(List<String> lines, String title, List<Check> checks) {
        lines.add("");
        lines.add("### " + title + " (" + checks.size() + ")");
        if (checks.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("| Check | Status | Observed | Expected | Message |");
        lines.add("|---|---|---|---|---|");
        for (Check check : checks) {
            lines.add("| " + escape(check.title()) + " | " + check.status().word() + " | " + escape(check.observed())
                    + " | " + escape(check.expected()) + " | " + escape(check.message()) + " |");
        }
    }

    /** Joins the lines, cutting the tail at a line boundary when the text would pass {@link #LIMIT}. */
    static String fit(List<String> lines) {
        StringBuilder text = new StringBuilder();
        int total = lines.stream().mapToInt(line -> line.length() + 1).sum();
        if (total <= LIMIT) {
            lines.forEach(line -> text.append(line).append('\n'));
            return text.toString();
        }
        int reserve = 200;
        int kept = 0;
        while (kept < lines.size() && text.length() + lines.get(kept).length() + 1 <= LIMIT - reserve) {
            text.append(lines.get(kept)).append('\n');
            kept++;
        }
        long rows = lines.subList(kept, lines.size()).stream().filter(line -> line.startsWith("| ")).count();
        text.append("\n_Truncated to stay under ").append(LIMIT).append(" characters: ")
                .append(lines.size() - kept).append(" more lines (").append(rows)
                .append(" table rows) are left out; report.html and report.json hold everything._\n");
        return text.toString();
    }

    /**
     * Makes data inert in Markdown: table pipes, backticks, emphasis, links and HTML are escaped, newlines
     * folded, an {@code @} is followed by a zero-width joiner so no {@code @mention} notifies anyone, and
     * bidirectional controls are shown as {@code {U+202E}} (see {@link BidiControls}).
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String cell = text.length() > CELL ? text.substring(0, CELL - 1) + "\u2026" : text;
        StringBuilder escaped = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
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
