package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

    @Test
    void pipes_and_backticks_from_data_cannot_break_the_table() {
        Check check = Checks.gate("a|b`c", Status.FAILED, "0.5", ">= 0.8");

        String summary = MarkdownSummary.render(Checks.run(true, check), Promotion.decide(Checks.run(true, check),
                List.of()));

        assertThat(summary).contains("a\\|b\\`c").doesNotContain("a|b");
        assertThat(summary.lines().filter(line -> line.startsWith("| Churn: a"))).allSatisfy(
                line -> assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6));
    }

    @Test
    void mentions_are_neutralised_and_bidi_controls_shown_as_escapes() {
        Check check = Checks.gate("ping @octocat \u202Egnp.exe\u202C and \u2066x\u2069", Status.FAILED, "0.5",
                ">= 0.8");

        String summary = MarkdownSummary.render(Checks.run(true, check), Promotion.decide(Checks.run(true, check),
                List.of()));

        assertThat(summary).contains("ping @\u200Doctocat {U+202E}gnp.exe{U+202C} and {U+2066}x{U+2069}")
                .doesNotContain("@octocat").doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void html_shows_bidi_controls_as_escapes() {
        assertThat(Html.escape("a\u202Eb\u2067c\u200Fd")).isEqualTo("a{U+202E}b{U+2067}c{U+200F}d");
    }

    @Test
    void verdict_and_failing_checks_come_first_and_a_long_summary_is_cut_under_sixty_thousand_characters() {
        Check[] checks = new Check[3000];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = Checks.gate("gate" + i, i == 2999 ? Status.FAILED : Status.PASSED, "0.9", ">= 0.8");
        }
        Model.Run run = Checks.run(true, checks);

        String summary = MarkdownSummary.render(run, Promotion.decide(run, List.of()));

        assertThat(summary.length()).isLessThanOrEqualTo(MarkdownSummary.LIMIT);
        assertThat(summary).startsWith("## mlgate: \u274c REJECT \u2014 verdict failed");
        assertThat(summary.indexOf("gate2999")).isLessThan(summary.indexOf("### All checks"));
        assertThat(summary).containsPattern("_Truncated to stay under 60000 characters: \\d+ more lines \\(\\d+ table"
                + " rows\\) are left out; report.html and report.json hold everything._\n$");
    }
}
