package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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

    @Test
    void contracts_on_one_data_file_share_one_card_per_column_listing_the_checks_of_both() throws Exception {
        Artifact data = new Artifact("data", "data/train.csv", "ab".repeat(32), "341", "1000");
        Check notNull = column("Contract", "constraint", "age.notNull", "age: not null");
        Check drift = column("Drift", "drift", "age", "age: no drift from the reference");
        Run run = new Run(new RunInfo("0.1.0", "jvm", null, "42", null, true, List.of()), List.of(
                suite("Contract", data, notNull), suite("Drift", data, drift)), Instant.EPOCH);

        String html = render(run);

        String cardId = "id=\"suite:com.example.Contract/column:age\"";
        assertThat(html).containsOnlyOnce(cardId).containsOnlyOnce("<td><code>data/train.csv</code>");
        String card = html.substring(html.indexOf(cardId), html.indexOf("</article>", html.indexOf(cardId)));
        assertThat(card).contains(">Contract: age: not null</a>").contains(">Drift: age: no drift from the reference</a>");
    }

    private static Check column(String owner, String kind, String segment, String name) {
        return new Check("[engine:mlgate]/[suite:com.example." + owner + "]/[" + kind + ":" + segment + "]", null, kind,
                "com.example." + owner, "age", name, null, null, Status.PASSED, true, "violations", "0.0",
                "tolerated: none", null, null, null, null, List.of(), null, new TreeMap<>(), null);
    }

    private static Suite suite(String owner, Artifact data, Check check) {
        return new Suite("[engine:mlgate]/[suite:com.example." + owner + "]", "data contract", "com.example." + owner,
                owner, Status.PASSED, null, List.of(data), new TreeMap<>(), List.of(check));
    }

    private String render(Run run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(run, Promotion.decide(run, Checks.noRetraining()), History.read(Disk.REAL, temp.resolve("none.jsonl")),
                List.of(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
