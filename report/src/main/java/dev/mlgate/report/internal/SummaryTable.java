package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** summary.md's table of every check, worst first and data first, folded inside {@code <details>}. */
final class SummaryTable {

    /** Lines the table takes besides its rows, when it is cut: the details frame, header, and "and N more". */
    static final int FRAME = 10;

    /** Rows kept for the table however long the lists above it are. */
    static final int MIN_ROWS = 3;

    private static final List<Status> WORST_FIRST = List.of(Status.ERRORED, Status.FAILED, Status.INCONCLUSIVE,
            Status.WARNING, Status.SKIPPED, Status.PASSED);

    private SummaryTable() {
    }

    /** One row per errored suite and per check: errored, failed, inconclusive, warnings, skipped, passed. */
    static List<String> rows(Run run) {
        record Row(int status, int kind, String id, String text) {
        }
        List<Row> rows = new ArrayList<>();
        for (Suite suite : run.suites()) {
            String name = MarkdownSummary.escape(Causes.cut(suite.displayName(), MarkdownSummary.CELL));
            int kind = SuiteKind.rank(suite.kind());
            if (suite.status() == Status.ERRORED && suite.message() != null) {
                rows.add(new Row(0, kind, suite.uniqueId(), "| " + name + " | (suite) | errored | | "
                        + cell(suite.message()) + " |"));
            }
            for (Check check : suite.checks()) {
                String title = check.title();
                String owner = Model.simpleName(check.className());
                String shown = owner != null && title.startsWith(owner + ": ") ? title.substring(owner.length() + 2)
                        : title;
                rows.add(new Row(WORST_FIRST.indexOf(check.effectiveStatus()), kind, check.uniqueId(),
                        "| " + name + " | " + cell(shown) + " | " + check.status().word()
                        + (check.blocking() ? "" : " (non-blocking)") + " | " + cell(Causes.observed(check)) + " | "
                        + cell(check.expected()) + " |"));
            }
        }
        rows.sort(Comparator.comparingInt(Row::status).thenComparingInt(Row::kind).thenComparing(Row::id));
        return rows.stream().map(Row::text).toList();
    }

    /** Appends the table in at most {@code left} lines, ending with how many rows did not fit. */
    static void append(List<String> lines, List<String> rows, int left) {
        boolean whole = rows.size() <= left - (FRAME - 2);
        int shown = whole ? rows.size() : Math.max(0, left - FRAME);
        lines.add("");
        lines.add("<details>");
        lines.add("<summary>All " + Figures.count(rows.size()) + (rows.size() == 1 ? " check" : " checks")
                + (whole ? "" : ", worst first") + "</summary>");
        lines.add("");
        lines.add("| Suite | Check | Status | Observed | Expected |");
        lines.add("|---|---|---|---|---|");
        lines.addAll(rows.subList(0, shown));
        if (!whole) {
            lines.add("");
            lines.add("and " + Figures.count(rows.size() - shown) + " more \u2014 see report.html");
        }
        lines.add("");
        lines.add("</details>");
    }

    private static String cell(String text) {
        return text == null ? "" : MarkdownSummary.escape(Causes.cut(text.strip().lines().findFirst().orElse(""),
                MarkdownSummary.CELL));
    }
}
