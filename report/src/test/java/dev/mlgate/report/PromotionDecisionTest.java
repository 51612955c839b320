package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.field;
import static dev.mlgate.report.ReportFiles.id;
import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.NoScoresContract;
import dev.mlgate.report.fixtures.StrictChurnGates;
import dev.mlgate.report.fixtures.UnreadableContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromotionDecisionTest {

    @TempDir
    Path temp;

    @Test
    void an_all_green_run_promotes_and_its_warning_does_not_block() throws Exception {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.path("partial").asBoolean()).isFalse();
        assertThat(promotion.path("blockingFailures")).isEmpty();
        assertThat(field(promotion.path("warnings"), "uniqueId"))
                .containsExactly(id(ChurnGates.class, "[gate:rocAucAspirational]"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(ReportRun.FIXTURES.resolve("predictions.csv"))));
        assertThat(field(promotion.path("candidateArtifacts"), "sha256")).containsExactly(sha256);
        assertThat(field(promotion.path("candidateArtifacts"), "path")).singleElement().asString()
                .endsWith("predictions.csv");
    }

    @Test
    void one_failing_blocking_gate_rejects() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, StrictChurnGates.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("partial").asBoolean()).isFalse();
        assertThat(field(promotion.path("blockingFailures"), "uniqueId"))
                .containsExactly(id(StrictChurnGates.class, "[gate:rocAucNearPerfect]"));
        assertThat(promotion.path("reasons")).hasSize(1);
        assertThat(promotion.path("reasons").get(0).asText())
                .startsWith("Blocking check StrictChurnGates: rocAucNearPerfect >= 0.99 failed: ")
                .contains(">= 0.99");
    }

    @Test
    void an_inconclusive_blocking_statistic_of_an_empty_column_rejects() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, NoScoresContract.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(field(promotion.path("blockingFailures"), "uniqueId"))
                .containsExactly(id(NoScoresContract.class, "[constraint:score.mean]"));
        assertThat(promotion.path("reasons").get(0).asText()).isEqualTo("Blocking check NoScoresContract: score: mean"
                + " between 0 and 1 inconclusive: no-scores.csv column 'score': the mean is undefined: there is no"
                + " non-null, non-NaN value");
    }

    @Test
    void a_run_filtered_to_one_gate_is_partial_and_never_promotes() {
        Path dir = temp.resolve("report");
        ReportRun run = ReportRun.of(dir, GreenCustomers.class, ChurnGates.class);
        run.run(scenario -> selectMethod(scenario.suite(ChurnGates.class), "rocAuc", "dev.mlgate.metrics.BinaryScores"));

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("partial").asBoolean()).isTrue();
        assertThat(promotion.path("blockingFailures")).isEmpty();
        assertThat(promotion.path("reasons").get(0).asText()).startsWith("The run was partial (filtered to a subset of"
                + " checks: -Dtest, a tag filter, an IDE rerun), and a partial run never promotes; ")
                .containsPattern("; \\d+ not run(, e\\.g\\.|:) ");
        JsonNode report = json(dir.resolve("report.json"));
        assertThat(report.path("run").path("complete").asBoolean()).isFalse();
        assertThat(report.path("run").path("missing").toString())
                .contains(id(ChurnGates.class, "[gate:logLoss]"));
        assertThat(field(report.path("suites"), "class")).containsExactly(ChurnGates.class.getName());
    }

    @Test
    void a_suite_whose_artifact_cannot_be_read_rejects() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, UnreadableContract.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("blockingFailures").get(0).path("uniqueId").asText())
                .isEqualTo("[engine:mlgate]/[suite:" + UnreadableContract.class.getName() + "]");
        assertThat(promotion.path("blockingFailures").get(0).path("message").asText()).contains("no-such-file.csv");
        JsonNode report = json(dir.resolve("report.json"));
        assertThat(report.path("verdict").asText()).isEqualTo("errored");
    }

    @Test
    void a_gate_worse_than_its_history_recommends_retraining_without_blocking() throws Exception {
        Path dir = temp.resolve("report");
        String line = "{\"metrics\":{\"" + id(ChurnGates.class, "[gate:rocAuc]") + "\":0.99}}\n";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("history.jsonl"), line.repeat(5));
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.path("retrain").path("recommended").asBoolean()).isTrue();
        assertThat(promotion.path("retrain").path("reasons")).singleElement().extracting(JsonNode::asText)
                .asString().startsWith("Degraded: ChurnGates: rocAuc >= 0.8: roc_auc = 0.94 is worse than the"
                        + " median 0.99 of its last 5 runs by more than 0.01");
        assertThat(Files.readAllLines(dir.resolve("history.jsonl"))).hasSize(6);
    }
}
