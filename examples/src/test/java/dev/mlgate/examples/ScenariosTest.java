package dev.mlgate.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the example suites through the JUnit launcher in both scenarios, as the README's main job and
 * broken-scenario commands do, and checks the decision each run leaves in promotion.json. The suites
 * fail in the broken scenario by design; this test keeps the build green while proving they do.
 */
class ScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path reports;

    private JsonNode run(String scenario) throws IOException {
        Path dir = reports.resolve(scenario);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("dev.mlgate.examples.suites"))
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.report.dir", dir.toString())
                .configurationParameter("mlgate.report.history", dir.resolve("history.jsonl").toString())
                .configurationParameter("mlgate.repository", "file:" + dir.resolve("metrics.jsonl"));
        if (!scenario.equals("healthy")) {
            request.configurationParameter("examples.scenario", scenario);
        }
        LauncherFactory.create().execute(request.build());
        return JSON.readTree(dir.resolve("promotion.json").toFile());
    }

    private static List<String> messages(Path report) throws IOException {
        return messages(report, "failed", "");
    }

    /** Messages of the checks with {@code status} whose unique id contains {@code idPart}. */
    private static List<String> messages(Path report, String status, String idPart) throws IOException {
        List<String> messages = new ArrayList<>();
        for (JsonNode suite : JSON.readTree(report.toFile()).get("suites")) {
            for (JsonNode check : suite.get("checks")) {
                if (check.get("status").asText().equals(status) && check.hasNonNull("message")
                        && check.get("uniqueId").asText().contains(idPart)) {
                    messages.add(check.get("message").asText());
                }
            }
        }
        return messages;
    }

    @Test
    void the_healthy_candidate_on_clean_data_is_promoted() throws IOException {
        JsonNode promotion = run("healthy");

        assertThat(promotion.get("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.get("partial").asBoolean()).isFalse();
        assertThat(promotion.get("reasons")).singleElement()
                .satisfies(reason -> assertThat(reason.get("kind").asText()).isEqualTo("all-passed"));
        // drift of the training data only warns, and asks for retraining
        assertThat(promotion.get("retrain").get("recommended").asBoolean()).isTrue();
        assertThat(texts(promotion.get("retrain").get("signals"), "kind")).containsOnly("drift");
        // one list for a scheduler: no second retraining section
        assertThat(promotion.has("retraining")).isFalse();
    }

    @Test
    void promotion_json_names_the_candidate_and_lists_each_file_once_with_its_role() throws IOException {
        JsonNode promotion = run("healthy");

        assertThat(promotion.get("model").get("name").asText()).isEqualTo("tumour-classifier");
        JsonNode artifacts = promotion.get("artifacts");
        assertThat(texts(artifacts, "path")).doesNotHaveDuplicates().containsExactly(
                "target/eval/candidate-predictions.csv",
                "mlgate-baselines/tumour/0001/predictions/candidate-predictions.csv",
                "models/production/eval-predictions.csv", "data/eval.csv", "data/reference.parquet", "data/train.csv", "data/reference.csv",
                "models/python-gbm/eval-predictions.csv", "target/models/tumour.onnx");
        assertThat(texts(artifacts, "role")).containsExactly("candidate predictions and agreement predictions",
                "production predictions", "production predictions", "evaluation data", "data", "data", "reference data", "predictions",
                "model");
        assertThat(texts(artifacts.get(0).get("suites"), null))
                .containsExactly("CandidateQuality", "CandidateVersusApprovedBaseline", "CandidateVersusProduction",
                        "ExportedModelQuality");
        // the Python model's predictions are that model's, never the candidate's
        assertThat(artifacts.get(7).get("model").asText()).isEqualTo("python-gbm");
        // the ONNX export that will be deployed is the candidate's, with its digest
        assertThat(artifacts.get(8).get("sha256").asText()).hasSize(64);
    }

    @Test
    void the_rejected_candidate_s_summary_fits_a_pull_request_comment_data_causes_first() throws IOException {
        run("broken");
        String summary = Files.readString(reports.resolve("broken").resolve("summary.md"));
        JsonNode promotion = JSON.readTree(reports.resolve("broken").resolve("promotion.json").toFile());

        assertThat(summary.lines().count()).isLessThan(60);
        List<Extension> gfm = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(gfm).build().parse(summary);
        Node heading = document.getFirstChild();
        assertThat(heading).isInstanceOf(Heading.class);
        assertThat(text(heading)).startsWith("mlgate: \u274c REJECT \u00b7 tumour-classifier");
        assertThat(text(heading.getNext())).startsWith(promotion.get("reasons").size() + " blocking failures");
        Node causes = heading.getNext().getNext().getNext();
        assertThat(causes).isInstanceOf(BulletList.class);
        List<String> items = new ArrayList<>();
        for (Node item = causes.getFirstChild(); item != null; item = item.getNext()) {
            items.add(text(item));
        }
        // every blocking cause once, one line each, the training data's first
        assertThat(items).hasSize(promotion.get("reasons").size()).doesNotHaveDuplicates();
        assertThat(items.get(0)).startsWith("TrainingDataContract: ");
        assertThat(items.get(items.size() - 1)).startsWith("CandidateVersusProduction: ");
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        int details = blocks.indexOf(blocks.stream().filter(HtmlBlock.class::isInstance)
                .filter(block -> ((HtmlBlock) block).getLiteral().startsWith("<details>")).findFirst().orElseThrow());
        assertThat(blocks.get(details + 1)).isInstanceOf(TableBlock.class);
        assertThat(texts(promotion.get("retrain").get("signals"), "kind")).containsOnly("drift");
    }

    /** The text values of {@code field} of each element (the element itself when {@code field} is null). */
    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(field == null ? item.asText() : item.path(field).asText()));
        return texts;
    }

    private static String text(Node node) {
        return HtmlRenderer.builder().build().render(node).replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void the_onnx_export_agrees_with_the_java_model_and_its_report_names_the_file() throws IOException {
        run("healthy");
        Path report = reports.resolve("healthy").resolve("report.json");

        assertThat(messages(report, "passed", "ExportedModelQuality]/[gate:agreement]")).singleElement().asString()
                .startsWith("largest |difference| between tumour.onnx and candidate-predictions.csv = ")
                .endsWith(" over 142 rows; 0 rows exceed the tolerance 0.0001");
        assertThat(messages(report, "passed", "ExportedModelQuality]/[gate:rocAuc]")).singleElement().asString()
                .startsWith("roc_auc = 0.99788 on eval.csv, 142 rows");
        JsonNode model = null;
        for (JsonNode suite : JSON.readTree(report.toFile()).get("suites")) {
            for (JsonNode artifact : suite.get("artifacts")) {
                model = artifact.get("role").asText().equals("model") ? artifact : model;
            }
        }
        assertThat(model).isNotNull();
        assertThat(model.get("path").asText()).isEqualTo("target/models/tumour.onnx");
        assertThat(model.get("facts").get("inputs").asText()).contains("mean_radius: tensor(float) [N, 1]");
        assertThat(model.get("facts").get("outputs").asText()).isEqualTo("p_malignant: tensor(float) [N, 1]");
    }

    @Test
    void the_comparison_with_production_passes_overall_and_is_inconclusive_per_size_band() throws IOException {
        run("healthy");
        Path report = reports.resolve("healthy").resolve("report.json");

        assertThat(messages(report, "passed", "CandidateVersusProduction]/[comparison:rocAucBeyondChance]"))
                .singleElement().asString().startsWith("roc_auc on 142 joined rows: candidate 0.9979 vs baseline 0.9445,"
                        + " difference +0.0534").contains("DeLong p = 0.0069");
        assertThat(messages(report, "inconclusive", "CandidateVersusProduction]/[comparison:rocAucPerSizeBand]"))
                .anySatisfy(message -> assertThat(message).startsWith("roc_auc on slice size_band=large (49 joined"
                        + " rows): candidate 0.9932 vs baseline 0.9524").contains("Holm-adjusted p"));
    }

    @Test
    void the_broken_scenario_is_rejected_with_failures_that_name_what_is_wrong() throws IOException {
        JsonNode promotion = run("broken");
        List<String> failures = messages(reports.resolve("broken").resolve("report.json"));

        assertThat(promotion.get("decision").asText()).isEqualTo("REJECT");
        assertThat(failures)
                .anySatisfy(message -> assertThat(message).isEqualTo("train.csv column 'mean_radius': 1 of 341 non-null"
                        + " values (0.29%) are not between 0 and 40 (tolerated: none); examples (row: value): 5: '-16.02'"))
                .anySatisfy(message -> assertThat(message).isEqualTo("train.csv column 'sample_id': 2 of 341 non-null"
                        + " values (0.59%) hold a value that occurs more than once (tolerated: none); examples (row: value):"
                        + " 50: '91', 51: '91'"))
                .anySatisfy(message -> assertThat(message).startsWith("roc_auc = 0.847573 on candidate-predictions.csv,"
                        + " 142 rows; required >= 0.97"))
                .anySatisfy(message -> assertThat(message).startsWith("largest |difference| between tumour.onnx and"
                        + " candidate-predictions.csv = ").contains("the export disagrees with the training-time"
                        + " predictions, e.g. [row "))
                .anySatisfy(message -> assertThat(message).startsWith("roc_auc on 142 joined rows: candidate 0.8476 vs"
                        + " baseline 0.9445, difference -0.0969 (95% paired bootstrap interval [-0.1681, -0.0372]),"
                        + " DeLong p = 0.0030; required: no worse than baseline by more than 0.005"));
    }
}
