package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.field;
import static dev.mlgate.report.ReportFiles.id;
import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.ChallengerGates;
import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.ChurnVersusBaseline;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.NoScoresContract;
import dev.mlgate.report.fixtures.StrictChurnGates;
import dev.mlgate.report.fixtures.UnreadableContract;
import dev.mlgate.report.internal.Figures;
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
        assertThat(promotion.path("schemaVersion").asInt()).isEqualTo(3);
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.path("partial").asBoolean()).isFalse();
        assertThat(promotion.path("filter").isNull()).isTrue();
        assertThat(field(promotion.path("reasons"), "kind")).containsExactly("all-passed");
        assertThat(field(promotion.path("warnings"), "check"))
                .containsExactly(id(ChurnGates.class, "[gate:rocAucAspirational]"));
        assertThat(promotion.path("warnings").get(0).path("cause").asText())
                .isEqualTo("roc_auc = 0.94; required >= 0.97");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(ReportRun.FIXTURES.resolve("predictions.csv"))));
        assertThat(field(promotion.path("artifacts"), "role"))
                .containsExactly("candidate predictions", "data", "reference data");
        assertThat(promotion.path("artifacts").get(0).path("sha256").asText()).isEqualTo(sha256);
        assertThat(promotion.path("artifacts").get(0).path("path").asText()).endsWith("predictions.csv");
    }

    @Test
    void each_file_is_listed_once_with_its_role_and_another_models_predictions_are_never_the_candidates() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, ChurnGates.class, ChurnVersusBaseline.class, ChallengerGates.class).runAll();

        JsonNode artifacts = json(dir.resolve("promotion.json")).path("artifacts");
        assertThat(field(artifacts, "role"))
                .containsExactly("candidate predictions", "production predictions", "predictions");
        assertThat(field(artifacts, "path")).doesNotHaveDuplicates();
        assertThat(artifacts.get(0).path("path").asText()).isEqualTo("predictions.csv");
        assertThat(artifacts.get(0).toString()).contains("ChurnGates", "ChurnVersusBaseline");
        assertThat(artifacts.get(0).has("model")).isFalse();
        assertThat(artifacts.get(2).path("model").asText()).isEqualTo("churn-challenger");
        assertThat(artifacts.get(2).path("path").asText()).isEqualTo("challenger-predictions.csv");
    }

    @Test
    void the_model_is_named_from_configuration_in_promotion_json_and_report_json() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, ChurnGates.class).with("mlgate.model.name", "churn").with("mlgate.model.version", "1.4.2")
                .runAll();

        JsonNode model = json(dir.resolve("promotion.json")).path("model");
        assertThat(model.path("name").asText()).isEqualTo("churn");
        assertThat(model.path("version").asText()).isEqualTo("1.4.2");
        assertThat(json(dir.resolve("report.json")).path("run").path("model")).isEqualTo(model);
    }

    @Test
    void without_configuration_the_model_is_unnamed_and_says_so() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, ChurnGates.class).runAll();

        JsonNode model = json(dir.resolve("promotion.json")).path("model");
        assertThat(model.path("name").isNull()).isTrue();
        assertThat(model.path("version").isNull()).isTrue();
    }

    @Test
    void one_failing_blocking_gate_rejects() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, StrictChurnGates.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("partial").asBoolean()).isFalse();
        assertThat(promotion.path("reasons")).hasSize(1);
        JsonNode reason = promotion.path("reasons").get(0);
        assertThat(reason.path("kind").asText()).isEqualTo("blocking-check");
        assertThat(reason.path("check").asText()).isEqualTo(id(StrictChurnGates.class, "[gate:rocAucNearPerfect]"));
        assertThat(reason.path("checkKind").asText()).isEqualTo("gate");
        assertThat(reason.path("status").asText()).isEqualTo("failed");
        assertThat(reason.path("name").asText()).isEqualTo("StrictChurnGates: rocAucNearPerfect >= 0.99");
        assertThat(reason.path("cause").asText()).isEqualTo("roc_auc = 0.94; required >= 0.99");
    }

    @Test
    void an_inconclusive_blocking_statistic_of_an_empty_column_rejects() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class, NoScoresContract.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(field(promotion.path("reasons"), "check"))
                .containsExactly(id(NoScoresContract.class, "[constraint:score.mean]"));
        assertThat(promotion.path("reasons").get(0).path("status").asText()).isEqualTo("inconclusive");
        assertThat(promotion.path("reasons").get(0).path("cause").asText()).isEqualTo("no-scores.csv column 'score':"
                + " the mean is undefined: there is no non-null, non-NaN value");
    }

    @Test
    void a_run_filtered_to_one_gate_is_partial_and_never_promotes() {
        Path dir = temp.resolve("report");
        ReportRun run = ReportRun.of(dir, GreenCustomers.class, ChurnGates.class);
        run.run(scenario -> selectMethod(scenario.suite(ChurnGates.class), "rocAuc", "dev.mlgate.metrics.BinaryScores"));

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("partial").asBoolean()).isTrue();
        assertThat(field(promotion.path("reasons"), "kind")).containsExactly("partial-run");
        assertThat(promotion.path("filter").asText())
                .isEqualTo("3 not run: ChurnGates \u203a logLoss, ChurnGates \u203a rocAucAspirational, GreenCustomers");
        assertThat(promotion.path("reasons").get(0).path("cause").asText()).startsWith("The run was partial (filtered"
                + " to a subset of checks: -Dtest, a tag filter, an IDE rerun), and a partial run never promotes: 3 not run");
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
        JsonNode reason = promotion.path("reasons").get(0);
        assertThat(reason.path("kind").asText()).isEqualTo("suite-error");
        assertThat(reason.path("check").asText())
                .isEqualTo("[engine:mlgate]/[suite:" + UnreadableContract.class.getName() + "]");
        assertThat(reason.path("cause").asText()).contains("no-such-file.csv");
        JsonNode report = json(dir.resolve("report.json"));
        assertThat(report.path("verdict").asText()).isEqualTo("errored");
    }

    @Test
    void a_candidate_gate_worse_than_its_history_is_no_retraining_signal() throws Exception {
        Path dir = temp.resolve("report");
        String line = "{\"metrics\":{\"" + id(ChurnGates.class, "[gate:rocAuc]") + "\":0.99}}\n";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("history.jsonl"), line.repeat(5));
        ReportRun.of(dir, GreenCustomers.class, ChurnGates.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        // the candidate's gates judge the candidate; its own history says nothing about retraining production
        assertThat(promotion.path("retrain").path("recommended").asBoolean()).isFalse();
        assertThat(promotion.path("retrain").path("signals")).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("history.jsonl"))).hasSize(6);
    }

    @Test
    void the_production_model_worse_than_its_own_history_recommends_retraining_without_blocking() throws Exception {
        Path dir = temp.resolve("report");
        String suite = "[engine:mlgate]/[suite:" + ChurnVersusBaseline.class.getName() + "]";
        String line = "{\"metrics\":{},\"production\":{\"" + suite + " roc_auc\":0.95}}\n";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("history.jsonl"), line.repeat(5));
        ReportRun.of(dir, ChurnVersusBaseline.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        JsonNode report = json(dir.resolve("report.json"));
        double production = report.path("suites").get(0).path("checks").get(0).path("details").path("baseline")
                .asDouble();
        assertThat(production).isLessThan(0.95 - 0.01);
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.path("retrain").path("recommended").asBoolean()).isTrue();
        JsonNode signal = promotion.path("retrain").path("signals").get(0);
        assertThat(signal.path("kind").asText()).isEqualTo("production-trend");
        assertThat(signal.path("check").asText()).isEqualTo(suite + "/[comparison:rocAuc]");
        assertThat(signal.path("numbers").path("value").asDouble()).isEqualTo(production);
        assertThat(signal.path("numbers").path("median").asDouble()).isEqualTo(0.95);
        assertThat(signal.path("numbers").path("runs").asInt()).isEqualTo(5);
        assertThat(signal.path("cause").asText()).startsWith("ChurnVersusBaseline: the production model's roc_auc is "
                + Figures.value(production) + ", worse than its median 0.95 over its last 5 runs (difference -");
        assertThat(Files.readAllLines(dir.resolve("history.jsonl")).get(5))
                .contains("\"production\":{\"" + suite + " roc_auc\":" + production + "}");
    }
}
