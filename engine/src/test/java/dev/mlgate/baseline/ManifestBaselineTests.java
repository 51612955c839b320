package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.FIXTURES;
import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.FromManifest;
import dev.mlgate.baseline.fixtures.ReferenceFromManifest;
import dev.mlgate.engine.internal.PublishedEntries;
import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.RunRecord;
import dev.mlgate.history.internal.FileRepository;
import dev.mlgate.lifecycle.BaselineFile;
import dev.mlgate.lifecycle.BaselineStore;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.internal.ManifestCodec;
import dev.mlgate.lifecycle.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A comparison's baseline and a contract's drift reference read through a baseline manifest. */
class ManifestBaselineTests {

    private static final Instant APPROVED = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path store;

    /** A store whose entry 0001 approved {@code source} under {@code role}, copied as {@code 0001/<role>/<name>}. */
    private Path approve(String role, Path source) throws IOException {
        Path copy = store.resolve("0001").resolve(role).resolve(source.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(source, copy);
        ManifestEntry entry = new ManifestEntry("0001", ManifestEntry.Action.APPROVE, "churn", APPROVED, "alice",
                "mlgate.approver", null, APPROVED, null, "run-1", null, null,
                List.of(new BaselineFile(role, "0001/" + role + "/" + source.getFileName(), Sha256.of(copy), null)),
                Map.of(), Map.of());
        Files.writeString(store.resolve(BaselineStore.MANIFEST), ManifestCodec.line(entry) + "\n");
        return copy;
    }

    private EngineExecutionResults run(Class<?> suite) {
        return mlgate(Map.of("test.store", store.toString(), "test.drift", FIXTURES.resolveSibling("drift").toString()),
                selectClass(suite)).execute();
    }

    @Nested
    class A_comparison {

        @Test
        void compares_with_the_baseline_in_force_and_names_it() throws IOException {
            approve(BaselineFile.PREDICTIONS, FIXTURES.resolve("baseline/production.csv"));

            EngineExecutionResults results = run(FromManifest.class);

            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            assertThat(entries(results.allEvents(), suite(FromManifest.class)))
                    .containsEntry("mlgate.baseline.id", "0001")
                    .containsEntry("mlgate.baseline.role", "predictions")
                    .containsEntry("mlgate.baseline.approvedAt", "2026-11-30T12:00:00Z")
                    .containsEntry("mlgate.baseline.by", "alice")
                    .containsEntry("mlgate.baseline.manifest", store.toString())
                    .containsEntry("mlgate.artifact.1.role", "baseline");
        }

        @Test
        void records_the_production_model_s_own_value_in_the_metrics_repository() throws IOException {
            approve(BaselineFile.PREDICTIONS, FIXTURES.resolve("baseline/production.csv"));
            Path file = store.resolve("history.jsonl");

            mlgate(Map.of("test.store", store.toString(), "mlgate.repository", "file:" + file),
                    selectClass(FromManifest.class)).execute();

            RunRecord record = new FileRepository(file).runs(HistoryQuery.of(FromManifest.class.getName())).get(0);
            assertThat(record.metrics()).containsKeys("comparison:rocAuc", "comparison:rocAuc@baseline");
            assertThat(record.metrics().get("comparison:rocAuc@baseline")).isBetween(0.0, 1.0);
        }

        @Test
        void fails_with_the_named_integrity_error_when_the_baseline_changed() throws IOException {
            Path copy = approve(BaselineFile.PREDICTIONS, FIXTURES.resolve("baseline/production.csv"));
            String recorded = Sha256.of(copy);
            Files.writeString(copy, "id,churned,p_churn\n1,1,0.5\n");
            String found = Sha256.of(copy);

            run(FromManifest.class).containerEvents().assertThatEvents().haveExactly(1, event(
                    container(uniqueId(suite(FromManifest.class))), finishedWithFailure(message(
                            "FromManifest (baseline comparison) could not be evaluated: Baseline integrity: "
                                    + store.resolve(BaselineStore.MANIFEST) + " entry 0001 (predictions): the file "
                                    + copy + " has SHA-256 " + found + " but the manifest recorded " + recorded
                                    + "; it was changed after approval. Approve the intended file again or roll back."))));
        }

        @Test
        void with_nothing_approved_yet_is_a_first_run() {
            run(FromManifest.class).containerEvents().assertThatEvents().haveExactly(1, event(
                    container(uniqueId(suite(FromManifest.class))), finishedWithFailure(message(message ->
                            message.contains("no baseline is approved in " + store.resolve(BaselineStore.MANIFEST)
                                    + " yet; on a first run without a production model")))));
        }
    }

    @Nested
    class A_drift_reference {

        @Test
        void is_read_from_the_manifest_under_the_reference_role() throws IOException {
            approve(BaselineFile.REFERENCE, FIXTURES.resolveSibling("drift").resolve("reference.csv"));

            EngineExecutionResults results = run(ReferenceFromManifest.class);

            results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
            assertThat(entries(results.allEvents(), suite(ReferenceFromManifest.class)))
                    .containsEntry("mlgate.baseline.role", "reference")
                    .containsEntry("mlgate.artifact.1.role", "reference");
        }

        @Test
        void that_changed_fails_the_drift_check_naming_the_file() throws IOException {
            Path copy = approve(BaselineFile.REFERENCE, FIXTURES.resolveSibling("drift").resolve("reference.csv"));
            Files.writeString(copy, "x\n1\n", java.nio.file.StandardOpenOption.APPEND);

            EngineExecutionResults results = run(ReferenceFromManifest.class);

            assertThat(PublishedEntries.of(results.allEvents()).values()).extracting(entries -> entries.get("mlgate.message"))
                    .filteredOn(message -> message != null && message.contains("Baseline integrity: "))
                    .singleElement().asString().contains(copy + " has SHA-256 ");
        }
    }
}
