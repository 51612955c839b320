package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.check;
import static dev.mlgate.report.ReportFiles.field;
import static dev.mlgate.report.ReportFiles.id;
import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.ChurnVersusBaseline;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.HostileContract;
import dev.mlgate.report.fixtures.StrictChurnGates;
import dev.mlgate.report.fixtures.UnreadableContract;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    @TempDir
    Path temp;

    private Path runEverything() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, StrictChurnGates.class, HostileContract.class,
                        UnreadableContract.class)
                .runAll();
        return dir;
    }

    @Test
    void a_real_report_and_its_promotion_validate_against_the_committed_schemas() throws Exception {
        Path dir = runEverything();

        assertThat(validate("report.schema.json", json(dir.resolve("report.json")))).isEmpty();
        assertThat(validate("promotion.schema.json", json(dir.resolve("promotion.json")))).isEmpty();
    }

    @Test
    void the_schema_rejects_a_report_with_an_unknown_status() throws Exception {
        Path dir = runEverything();
        String broken = Files.readString(dir.resolve("report.json")).replace("\"status\" : \"passed\"",
                "\"status\" : \"fine\"");

        assertThat(validate("report.schema.json", new com.fasterxml.jackson.databind.ObjectMapper().readTree(broken)))
                .isNotEmpty();
    }

    @Test
    void holds_each_check_with_its_evidence_and_each_suite_with_its_artifacts() {
        JsonNode report = json(runEverything().resolve("report.json"));

        assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.path("verdict").asText()).isEqualTo("errored");
        assertThat(field(report.path("suites"), "class")).containsExactly(ChurnGates.class.getName(),
                GreenCustomers.class.getName(), HostileContract.class.getName(), StrictChurnGates.class.getName(),
                UnreadableContract.class.getName());
        JsonNode gate = check(report, id(StrictChurnGates.class, "[gate:rocAucNearPerfect]"));
        assertThat(gate.path("kind").asText()).isEqualTo("gate");
        assertThat(gate.path("member").asText()).isEqualTo("rocAucNearPerfect");
        assertThat(gate.path("status").asText()).isEqualTo("failed");
        assertThat(gate.path("blocking").asBoolean()).isTrue();
        assertThat(gate.path("observed").asDouble()).isEqualTo(0.94);
        assertThat(gate.path("expected").asText()).isEqualTo(">= 0.99");
        JsonNode warning = check(report, id(ChurnGates.class, "[gate:rocAucAspirational]"));
        assertThat(warning.path("status").asText()).isEqualTo("warning");
        assertThat(warning.path("blocking").asBoolean()).isFalse();
        JsonNode type = check(report, id(HostileContract.class, "[constraint:age.type]"));
        assertThat(type.path("kind").asText()).isEqualTo("constraint");
        assertThat(field(type.path("examples"), "row")).containsExactly("1", "2");
        assertThat(field(type.path("examples"), "value"))
                .containsExactly("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>");
        JsonNode unreadable = report.path("suites").get(4);
        assertThat(unreadable.path("status").asText()).isEqualTo("errored");
        assertThat(field(unreadable.path("checks"), "status")).containsOnly("errored");
        JsonNode churn = report.path("suites").get(0);
        assertThat(churn.path("kind").asText()).isEqualTo("model quality");
        assertThat(churn.path("artifacts").get(0).path("rows").asInt()).isEqualTo(40);
        assertThat(churn.path("artifacts").get(0).path("sha256").asText()).hasSize(64);
        assertThat(churn.path("charts").path("roc.model").path("auc").asDouble()).isEqualTo(0.94);
        assertThat(report.path("counts").path("failed").asInt()).isEqualTo(2);
    }

    @Test
    void a_quality_suite_charts_the_model_it_scored_not_a_candidate() throws Exception {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, ChurnGates.class).runAll();

        JsonNode charts = json(dir.resolve("report.json")).path("suites").get(0).path("charts");
        assertThat(charts.has("roc.model")).isTrue();
        assertThat(charts.has("roc.candidate")).isFalse();
        assertThat(ReportFiles.text(dir.resolve("report.html"))).contains(">model (ROC AUC 0.94)<")
                .doesNotContain(">candidate (ROC AUC");
    }

    @Test
    void two_runs_on_the_same_inputs_give_the_same_bytes_but_for_generated_at() throws Exception {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, ChurnVersusBaseline.class, StrictChurnGates.class,
                HostileContract.class).runAll();
        String first = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, ChurnVersusBaseline.class, StrictChurnGates.class,
                HostileContract.class).runAll();
        String second = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);

        assertThat(generatedAt(first)).isNotEqualTo(generatedAt(second));
        assertThat(withoutGeneratedAt(second)).isEqualTo(withoutGeneratedAt(first));
        assertThat(Files.readAllLines(dir.resolve("history.jsonl"))).hasSize(2);
    }

    private static String generatedAt(String report) {
        return report.lines().filter(line -> line.contains("\"generatedAt\"")).findFirst().orElseThrow();
    }

    private static String withoutGeneratedAt(String report) {
        assertThat(report.lines().filter(line -> line.contains("\"generatedAt\"")).count()).isEqualTo(1);
        return report.replace(generatedAt(report), "");
    }

    private static Set<ValidationMessage> validate(String schema, JsonNode document) throws Exception {
        try (InputStream in = ReportJsonTest.class.getResourceAsStream("/dev/mlgate/report/" + schema)) {
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return compiled.validate(document);
        }
    }
}
