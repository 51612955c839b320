package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path temp;

    @Test
    void a_thousand_checks_render_in_one_pass_to_a_page_without_script_each_check_once_and_linkable() throws Exception {
        Run run = LargeRun.of(84);
        List<Check> checks = run.checks();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(1000);

        String html = render(run);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" on" + "click=")
                .contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
        Set<String> ids = new HashSet<>();
        Matcher rows = Pattern.compile("<tr id=\"([^\"]+)\" class=\"row ").matcher(html);
        while (rows.find()) {
            assertThat(ids.add(rows.group(1))).as("row id %s unique", rows.group(1)).isTrue();
        }
        assertThat(ids).hasSize(checks.size())
                .containsAll(checks.stream().map(check -> Anchors.of(check.uniqueId())).toList());
        // every row's chart is inline SVG of bounded size: the page grows linearly with the checks
        assertThat(html.length() / checks.size()).isLessThan(4_000);
    }

    @Test
    void the_page_orders_checks_not_passed_first_and_names_each_blocking_cause_once_data_first() throws Exception {
        Check model = Checks.gate("rocAuc", Status.FAILED, "0.8", ">= 0.9");
        Check warning = Checks.gate("recall", Status.WARNING, "0.6", ">= 0.7");
        Check passed = Checks.gate("logLoss", Status.PASSED, "0.2", "<= 0.3");
        Run run = Checks.run(true, passed, warning, model);

        String html = render(run);

        assertThat(html.indexOf("id=\"" + Anchors.of(model.uniqueId()) + "\" class=\"row e-failed"))
                .isLessThan(html.indexOf("class=\"row e-warning"));
        assertThat(html.indexOf("class=\"row e-warning")).isLessThan(html.indexOf("class=\"row e-passed"));
        String causes = html.substring(html.indexOf("<ol id=\"causes\">"), html.indexOf("</ol>", html.indexOf("<ol id=\"causes\">")));
        assertThat(causes).containsOnlyOnce("Churn: rocAuc").doesNotContain("recall").doesNotContain("logLoss");
    }

    private String render(Run run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(run, Promotion.decide(run, List.of()), History.read(Disk.REAL, temp.resolve("none.jsonl")),
                List.of(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
