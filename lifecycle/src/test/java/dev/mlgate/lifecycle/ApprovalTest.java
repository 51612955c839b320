package dev.mlgate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.lifecycle.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalTest {

    @TempDir
    Path dir;

    @Nested
    class After_a_PROMOTE {

        @Test
        void the_candidate_is_copied_into_the_store_and_recorded_with_its_hash_run_and_approver() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");

            ManifestEntry entry = run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED.plusSeconds(60));

            assertThat(entry.id()).isEqualTo("0001");
            assertThat(entry.runId()).isEqualTo("run-1");
            assertThat(entry.by()).isEqualTo("alice");
            assertThat(entry.gitCommit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
            BaselineFile file = entry.file(BaselineFile.PREDICTIONS).orElseThrow();
            assertThat(file.path()).isEqualTo("0001/predictions/candidate.csv");
            assertThat(file.source()).isEqualTo("target/eval/candidate.csv");
            assertThat(file.sha256()).isEqualTo(Sha256.of(run.candidate));
            assertThat(entry.metrics()).containsEntry("[suite:Churn]/[comparison:rocAuc]",
                    new RecordedMetric("roc_auc", 0.91, true));
            assertThat(entry.datasets()).containsExactly(java.util.Map.entry("com.example.Training", 3L));
            BaselineStore store = BaselineStore.at(run.store());
            assertThat(store.verified(BaselineFile.PREDICTIONS)).hasSameTextualContentAs(run.candidate);
            assertThat(store.history()).containsExactly(entry);
        }

        @Test
        void pointing_records_the_file_where_it_is_without_copying() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");

            ManifestEntry entry = run.approval(Approval.Mode.POINT).apply(RunFixture.DECIDED);

            assertThat(entry.file(BaselineFile.PREDICTIONS).orElseThrow().path())
                    .isEqualTo("../../target/eval/candidate.csv");
            assertThat(BaselineStore.at(run.store()).verified(BaselineFile.PREDICTIONS)).isEqualTo(run.candidate);
        }

        @Test
        void a_drift_reference_is_re_blessed_under_the_reference_role() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            Approval base = run.approval(Approval.Mode.COPY);
            Approval rebless = new Approval(base.basedir(), base.reportDir(), base.storeDir(), "churn", Approval.Mode.COPY,
                    List.of(), List.of(Path.of("data/train.csv")), base.approver(), "new reference", base.maxAge());

            ManifestEntry entry = rebless.apply(RunFixture.DECIDED);

            assertThat(entry.files()).extracting(BaselineFile::role).containsExactly(BaselineFile.REFERENCE);
            assertThat(BaselineStore.at(run.store()).verified(BaselineFile.REFERENCE)).hasSameTextualContentAs(run.data);
        }
    }

    @Nested
    class Refused {

        @Test
        void after_a_REJECT_naming_the_decision_and_its_reasons() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-2", "REJECT");

            assertThatThrownBy(() -> run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED))
                    .isInstanceOf(LifecycleException.class)
                    .hasMessage("Not approved: the run run-2 decided REJECT, and only a PROMOTE can become the baseline."
                            + " Reasons: Blocking check rocAuc failed");
            assertThat(run.store().resolve(BaselineStore.MANIFEST)).doesNotExist();
        }

        @Test
        void when_the_decision_is_older_than_the_allowed_age() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");

            assertThatThrownBy(() -> run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED.plus(Duration.ofHours(25))))
                    .isInstanceOf(LifecycleException.class)
                    .hasMessageContaining("the PROMOTE of run run-1 is stale: decided at 2026-12-01T10:00:00Z,"
                            + " 1500 minutes ago, more than the allowed PT24H");
        }

        @Test
        void when_the_candidate_changed_since_the_run() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            Files.writeString(run.candidate, "id,label,score\n1,1,0.1\n");

            assertThatThrownBy(() -> run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED))
                    .isInstanceOf(LifecycleException.class)
                    .hasMessageContaining("candidate.csv has SHA-256 " + Sha256.of(run.candidate))
                    .hasMessageContaining("it changed since the run");
        }

        @Test
        void when_report_json_was_replaced_after_the_decision() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            Files.writeString(dir.resolve("target/mlgate/report.json"), "{}");

            assertThatThrownBy(() -> run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED))
                    .hasMessageContaining("the report was replaced after the decision");
        }

        @Test
        void when_the_run_is_still_under_way() throws IOException {
            RunFixture run = new RunFixture(dir);
            run.write("target/mlgate/promotion.json", "{\"runId\": \"r\", \"state\": \"RUNNING\", \"decision\": \"PENDING\"}");

            assertThatThrownBy(() -> run.approval(Approval.Mode.COPY).apply(RunFixture.DECIDED))
                    .hasMessage("Not approved: the run r has not finished (promotion.json state RUNNING, decision PENDING).");
        }

        @Test
        void when_the_file_named_was_not_read_by_the_run() throws Exception {
            RunFixture run = new RunFixture(dir);
            run.decide("run-1", "PROMOTE");
            run.write("other.csv", "x\n1\n");
            Approval base = run.approval(Approval.Mode.COPY);
            Approval other = new Approval(base.basedir(), base.reportDir(), base.storeDir(), "churn", Approval.Mode.COPY,
                    List.of(Path.of("other.csv")), List.of(), base.approver(), null, base.maxAge());

            assertThatThrownBy(() -> other.apply(RunFixture.DECIDED))
                    .hasMessageContaining("did not read " + dir.resolve("other.csv") + ", so it proves nothing about it");
        }
    }
}
