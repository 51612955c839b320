package dev.mlgate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.lifecycle.internal.ManifestCodec;
import dev.mlgate.lifecycle.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTest {

    @TempDir
    Path dir;

    @Nested
    class The_manifest {

        @Test
        void reads_back_exactly_the_entry_written() throws Exception {
            ManifestEntry entry = new ManifestEntry("0007", ManifestEntry.Action.ROLLBACK, "churn",
                    Instant.parse("2026-12-02T08:00:00Z"), "bob", "GITHUB_ACTOR", "bad calibration",
                    Instant.parse("2026-11-20T08:00:00Z"), "abc", "run-3", "ff00", "0003",
                    List.of(new BaselineFile("predictions", "0003/predictions/p.csv", "aa", "target/p.csv")),
                    Map.of("[suite:S]/[comparison:auc]", new RecordedMetric("roc_auc", 0.875, true)),
                    Map.of("data/train.csv", 12_345L));

            assertThat(ManifestCodec.parse(ManifestCodec.line(entry))).isEqualTo(entry);
        }

        @Test
        void ignores_the_torn_last_line_of_a_killed_approval_and_replaces_it_with_the_next_entry() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED);
            Path manifest = run.store().resolve(BaselineStore.MANIFEST);
            Files.writeString(manifest, "{\"format\":1,\"id\":\"00", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            assertThat(BaselineStore.at(run.store()).history()).extracting(ManifestEntry::id).containsExactly("0001");
            run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED);
            assertThat(BaselineStore.at(run.store()).history()).extracting(ManifestEntry::id).containsExactly("0001", "0002");
            assertThat(Files.readAllLines(manifest)).hasSize(2);
        }

        @Test
        void keeps_every_line_of_concurrent_approvals() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ManifestEntry>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                done.add(pool.submit(() -> run.approval(Approval.Mode.POINT).apply(RunFixture.DECIDED)));
            }
            for (Future<ManifestEntry> future : done) {
                future.get();
            }
            pool.shutdown();

            assertThat(BaselineStore.at(run.store()).history()).extracting(ManifestEntry::id).doesNotHaveDuplicates()
                    .hasSize(12).contains("0001", "0012");
        }
    }

    @Nested
    class A_baseline_file_that_changed {

        @Test
        void fails_with_a_named_error_giving_the_file_and_both_hashes() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED);
            Path copy = run.store().resolve("0001/predictions/candidate.csv");
            String recorded = Sha256.of(copy);
            Files.writeString(copy, "id,label,score\n1,1,0.5\n");
            String found = Sha256.of(copy);

            assertThatThrownBy(() -> BaselineStore.at(run.store()).verified(BaselineFile.PREDICTIONS))
                    .isInstanceOfSatisfying(BaselineIntegrityException.class, e -> {
                        assertThat(e.file()).isEqualTo(copy);
                        assertThat(e.expected()).isEqualTo(recorded);
                        assertThat(e.found()).isEqualTo(found);
                    })
                    .hasMessage("Baseline integrity: " + run.store().resolve(BaselineStore.MANIFEST) + " entry 0001"
                            + " (predictions): the file " + copy + " has SHA-256 " + found
                            + " but the manifest recorded " + recorded + "; it was changed after approval."
                            + " Approve the intended file again or roll back.");
        }

        @Test
        void that_is_gone_is_named_missing() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED);
            Files.delete(run.store().resolve("0001/predictions/candidate.csv"));

            assertThatThrownBy(() -> BaselineStore.at(run.store()).verified(BaselineFile.PREDICTIONS))
                    .isInstanceOf(BaselineIntegrityException.class).hasMessageContaining("candidate.csv is missing");
        }
    }

    @Test
    void an_empty_store_says_nothing_is_approved() {
        assertThatThrownBy(() -> BaselineStore.at(dir.resolve("none")).verified(BaselineFile.PREDICTIONS))
                .isInstanceOf(LifecycleException.class).hasMessageStartingWith("No baseline is approved in ");
    }
}
