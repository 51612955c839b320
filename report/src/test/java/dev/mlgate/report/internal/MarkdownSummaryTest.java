package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * summary.md as a reader sees it: rendered with CommonMark and GitHub's table extension (commonmark-java),
 * its structure asserted on the parsed document, its length in lines asserted for a small and a huge run.
 */
class MarkdownSummaryTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();

    private static String summary(Run run) {
        return MarkdownSummary.render(run, Promotion.decide(run, Checks.retraining(run)));
    }

    private static List<Node> blocks(String markdown) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node);
        }
        return blocks;
    }

    private static String text(Node node) {
        return HTML.render(node).replaceAll("<[^>]+>", "").strip();
    }

    /** One blocking failure, one warning, one drifted column, one passed gate. */
    private static Run smallRun() {
        return Checks.run(true, Checks.gate("auc", Status.FAILED, "0.71", ">= 0.8"),
                Checks.gate("recall", Status.PASSED, "0.93", ">= 0.9"),
                Checks.gate("brier", Status.WARNING, "0.2", "<= 0.1"),
                Checks.drift("income", Status.WARNING));
    }

    /** {@code failures} failing gates, {@code warnings} warnings and 200 passed gates. */
    private static Run hugeRun(int failures, int warnings) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            checks.add(Checks.gate(String.format("failing%04d", i), Status.FAILED, "0.5", ">= 0.8"));
        }
        for (int i = 0; i < warnings; i++) {
            checks.add(Checks.gate(String.format("warning%04d", i), Status.WARNING, "0.5", ">= 0.8"));
        }
        for (int i = 0; i < 200; i++) {
            checks.add(Checks.gate(String.format("passing%04d", i), Status.PASSED, "0.9", ">= 0.8"));
        }
        return Checks.run(true, checks.toArray(Check[]::new));
    }

    @Test
    void the_signals_listed_are_promotion_json_s_one_retrain_list_triggers_included() {
        Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.9", ">= 0.8"),
                Checks.drift("income", Status.WARNING));
        RetrainingSignal age = new RetrainingSignal(RetrainingSignal.AGE, null, "The model in force (churn 0002) was"
                + " approved 2024-01-01T00:00:00Z, 366 days ago, longer than 90 days", Map.of("ageDays", 366L));
        Retraining evaluated = Checks.retraining(run);
        List<RetrainingSignal> both = new ArrayList<>(evaluated.signals());
        both.add(age);
        Promotion promotion = Promotion.decide(run, new Retraining(both, List.of(), RetrainSettings.DEFAULTS));

        List<Node> blocks = blocks(MarkdownSummary.render(run, promotion));

        Node heading = blocks.stream().filter(block -> text(block).startsWith("Retraining signals")).findFirst()
                .orElseThrow();
        assertThat(text(heading)).isEqualTo("Retraining signals (2)");
        assertThat(text(blocks.get(blocks.indexOf(heading) + 1))).contains("drift \u2014 Churn: income")
                .contains("model-age \u2014 The model in force (churn 0002)");
        assertThat(promotion.retrainReasons()).hasSize(2);
    }

    @Test
    void the_decision_and_counts_come_first_then_causes_warnings_signals_and_the_table_folded_in_details() {
        String summary = summary(smallRun());
        List<Node> blocks = blocks(summary);

        assertThat(blocks.get(0)).isInstanceOfSatisfying(Heading.class, heading -> assertThat(heading.getLevel())
                .isEqualTo(2));
        assertThat(text(blocks.get(0))).isEqualTo("mlgate: \u274c REJECT");
        assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
        assertThat(text(blocks.get(1))).isEqualTo("1 blocking failure \u00b7 2 warnings \u00b7 0 inconclusive"
                + " \u00b7 1 of 4 checks passed");
        assertThat(text(blocks.get(2))).isEqualTo("Why it was rejected (1)");
        assertThat(blocks.get(3)).isInstanceOf(BulletList.class);
        assertThat(text(blocks.get(3))).isEqualTo("Churn: auc failed \u2014 roc_auc = 0.71; required &gt;= 0.8");
        assertThat(text(blocks.get(4))).isEqualTo("Warnings and inconclusive checks (1; 1 more under retraining"
                + " signals)");
        assertThat(text(blocks.get(5))).isEqualTo("\u26a0\ufe0f Churn: brier warning \u2014 roc_auc = 0.2; required &lt;= 0.1");
        assertThat(text(blocks.get(6))).isEqualTo("Retraining signals (1)");
        assertThat(text(blocks.get(7))).isEqualTo("drift \u2014 Churn: income: PSI = 0.4; required &lt;= 0.2");
        assertThat(blocks.get(8)).isInstanceOf(HtmlBlock.class);
        assertThat(((HtmlBlock) blocks.get(8)).getLiteral()).startsWith("<details>\n<summary>All 4 checks</summary>");
        assertThat(blocks.get(9)).isInstanceOf(TableBlock.class);
        assertThat(blocks.get(10)).isInstanceOfSatisfying(HtmlBlock.class,
                block -> assertThat(block.getLiteral().strip()).isEqualTo("</details>"));
        assertThat(blocks).hasSize(11);
        TableBody body = (TableBody) blocks.get(9).getLastChild();
        List<String> rows = new ArrayList<>();
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            rows.add(text(row).replaceAll("\\s+", " "));
        }
        // worst first; a warning's value is a metric value, the failing gate's cause appears once above
        assertThat(rows).containsExactly("Churn auc failed 0.71 &gt;= 0.8",
                "Churn income warning (non-blocking) 0.4 &lt;= 0.2",
                "Churn brier warning (non-blocking) 0.2 &lt;= 0.1",
                "Churn recall passed 0.93 &gt;= 0.9");
        assertThat(summary.lines().filter(line -> line.startsWith("- ") && line.contains("Churn: auc"))).hasSize(1);
    }

    @Test
    void a_promoted_run_says_so_and_lists_no_causes() {
        String summary = summary(Checks.run(true, Checks.gate("auc", Status.PASSED, "0.91", ">= 0.8")));

        assertThat(summary).startsWith("## mlgate: \u2705 PROMOTE\n\nno blocking failure \u00b7 0 warnings")
                .doesNotContain("Why it was rejected").contains("<summary>All 1 check</summary>");
    }

    @Test
    void a_small_run_shows_every_check_well_under_sixty_lines() {
        String summary = summary(smallRun());

        assertThat(summary.lines().count()).isLessThan(35);
        assertThat(summary).doesNotContain("more \u2014 see report.html");
    }

    @Test
    void a_run_with_a_thousand_failures_stays_under_sixty_lines_and_says_how_many_more() {
        String summary = summary(hugeRun(1000, 300));
        List<String> lines = summary.lines().toList();

        assertThat(lines).hasSizeLessThan(60);
        assertThat(lines.get(0)).isEqualTo("## mlgate: \u274c REJECT");
        assertThat(lines.get(2)).isEqualTo("**1,000 blocking failures** \u00b7 300 warnings \u00b7 0 inconclusive"
                + " \u00b7 200 of 1,500 checks passed");
        long shown = lines.stream().filter(line -> line.startsWith("- **Churn: failing")).count();
        assertThat(lines).contains("- and " + (1000 - shown) + " more \u2014 see report.html");
        assertThat(shown).isGreaterThanOrEqualTo(5);
        assertThat(summary).contains("<summary>All 1,500 checks, worst first</summary>");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("and [0-9,]+ more \u2014 see report.html"));
        List<Node> blocks = blocks(summary);
        assertThat(blocks).anySatisfy(block -> assertThat(block).isInstanceOf(TableBlock.class));
        assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(HtmlBlock.class);
    }

    @Test
    void a_configured_length_is_kept_too() {
        String summary = MarkdownSummary.render(hugeRun(100, 100), Promotion.decide(hugeRun(100, 100), Checks.noRetraining()), 40);

        assertThat(summary.lines().count()).isLessThanOrEqualTo(40);
    }

    @Test
    void a_long_cause_is_cut_at_a_word_with_an_ellipsis() {
        String words = "the quick brown fox jumps over the lazy dog ".repeat(12);
        Check check = new Check(Checks.SUITE + "/[check:rule]", null, "check", "com.example.Churn", "rule", "rule()",
                null, null, Status.FAILED, true, "custom rule", null, "holds", null, null, null, null, List.of(),
                words.strip(), new java.util.TreeMap<>(), null);

        String line = summary(Checks.run(true, check)).lines().filter(item -> item.startsWith("- **Churn: rule()**"))
                .findFirst().orElseThrow();

        assertThat(line).endsWith("\u2026");
        String cause = line.substring(line.indexOf("\u2014 ") + 2, line.length() - 1);
        assertThat(words).startsWith(cause + " ");
        assertThat(cause.length()).isLessThanOrEqualTo(MarkdownSummary.CAUSE);
    }

    @Test
    void a_comparison_s_value_is_labelled_a_difference() {
        TreeMapDetails details = new TreeMapDetails();
        Check comparison = new Check(Checks.SUITE + "/[comparison:auc]", null, "comparison", "com.example.Churn", "auc",
                "auc no worse than baseline", null, null, Status.FAILED, true, "roc_auc", "-0.0969", "no worse than"
                + " baseline", "-0.1681", "-0.0372", "0.003", null, List.of(), null, details.of(), null);

        String summary = summary(Checks.run(true, comparison));

        assertThat(summary).contains("roc\\_auc: candidate 0.8476 vs production 0.9445, difference -0.0969"
                + " \\[-0.1681, -0.0372\\], p = 0.003; required no worse than baseline")
                .contains("| difference -0.0969 |");
    }

    /** Details of a comparison as the engine publishes them. */
    private static final class TreeMapDetails {
        java.util.TreeMap<String, String> of() {
            return new java.util.TreeMap<>(java.util.Map.of("candidate", "0.8476", "baseline", "0.9445",
                    "difference", "-0.0969", "direction", "higher"));
        }
    }

    @Test
    void pipes_and_backticks_from_data_cannot_break_the_table() {
        Check check = Checks.gate("a|b`c", Status.FAILED, "0.5", ">= 0.8");

        String summary = summary(Checks.run(true, check));

        assertThat(summary).contains("a\\|b\\`c").doesNotContain("a|b");
        assertThat(summary.lines().filter(line -> line.startsWith("| Churn | a"))).hasSize(1).allSatisfy(
                line -> assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6));
    }

    @Test
    void mentions_are_neutralised_and_bidi_controls_shown_as_escapes() {
        Check check = Checks.gate("ping @octocat \u202Egnp.exe\u202C and \u2066x\u2069", Status.FAILED, "0.5",
                ">= 0.8");

        String summary = summary(Checks.run(true, check));

        assertThat(summary).contains("ping @\u200Doctocat {U+202E}gnp.exe{U+202C} and {U+2066}x{U+2069}")
                .doesNotContain("@octocat").doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void html_shows_bidi_controls_as_escapes() {
        assertThat(Html.escape("a\u202Eb\u2067c\u200Fd")).isEqualTo("a{U+202E}b{U+2067}c{U+200F}d");
    }
}
