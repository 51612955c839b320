package dev.mlgate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackTest {

    private static final Approver BOB = new Approver("bob", "mlgate.approver");

    @TempDir
    Path dir;

    /** Three approvals of three different candidates, a day apart. */
    private RunFixture threeApprovals() throws Exception {
        RunFixture run = new RunFixture(dir);
        for (int day = 1; day <= 3; day++) {
            run.write("target/eval/candidate.csv", "id,label,score\n1,1,0." + day + "\n");
            Instant decided = RunFixture.DECIDED.plusSeconds(day * 86_400L);
            run.decide("run-" + day, "PROMOTE", decided);
            run.approval(Approval.Mode.COPY).apply(decided.plusSeconds(60));
        }
        return run;
    }

    private static String inForce(RunFixture run) throws Exception {
        return Files.readString(BaselineStore.at(run.store()).verified(BaselineFile.PREDICTIONS));
    }

    @Nested
    class To_previous {

        @Test
        void restores_the_approval_before_the_one_in_force_and_records_who_when_why() throws Exception {
            RunFixture run = threeApprovals();
            Instant now = Instant.parse("2026-12-05T09:00:00Z");

            ManifestEntry entry = new RollbackRequest(run.store(), "previous", BOB, "calibration broke").apply(now);

            assertThat(entry.id()).isEqualTo("0004");
            assertThat(entry.action()).isEqualTo(ManifestEntry.Action.ROLLBACK);
            assertThat(entry.restores()).isEqualTo("0002");
            assertThat(entry.by()).isEqualTo("bob");
            assertThat(entry.time()).isEqualTo(now);
            assertThat(entry.reason()).isEqualTo("calibration broke");
            assertThat(entry.runId()).isEqualTo("run-2");
            assertThat(entry.approvedAt()).isEqualTo(RunFixture.DECIDED.plusSeconds(2 * 86_400L + 60));
            assertThat(inForce(run)).isEqualTo("id,label,score\n1,1,0.2\n");
        }

        @Test
        void twice_walks_back_one_approval_at_a_time_and_then_refuses() throws Exception {
            RunFixture run = threeApprovals();
            new RollbackRequest(run.store(), "previous", BOB, "one").apply(Instant.now());
            new RollbackRequest(run.store(), "previous", BOB, "two").apply(Instant.now());

            assertThat(inForce(run)).isEqualTo("id,label,score\n1,1,0.1\n");
            assertThatThrownBy(() -> new RollbackRequest(run.store(), "previous", BOB, "three").apply(Instant.now()))
                    .isInstanceOf(LifecycleException.class)
                    .hasMessageStartingWith("Not rolled back: no approval precedes 0001 in ");
            assertThat(BaselineStore.at(run.store()).history()).hasSize(5);
        }
    }

    @Nested
    class By_id {

        @Test
        void restores_that_approval() throws Exception {
            RunFixture run = threeApprovals();

            ManifestEntry entry = new RollbackRequest(run.store(), "0001", BOB, "back to the first").apply(Instant.now());

            assertThat(entry.restores()).isEqualTo("0001");
            assertThat(inForce(run)).isEqualTo("id,label,score\n1,1,0.1\n");
        }

        @Test
        void refuses_an_unknown_id_listing_the_approvals() throws Exception {
            RunFixture run = threeApprovals();

            assertThatThrownBy(() -> new RollbackRequest(run.store(), "0042", BOB, "x").apply(Instant.now()))
                    .hasMessageEndingWith("; approvals: [0001, 0002, 0003].")
                    .hasMessageStartingWith("Not rolled back: no approval 0042 in ");
        }

        @Test
        void refuses_the_baseline_already_in_force() throws Exception {
            RunFixture run = threeApprovals();

            assertThatThrownBy(() -> new RollbackRequest(run.store(), "0003", BOB, "x").apply(Instant.now()))
                    .hasMessage("Not rolled back: 0003 is already the baseline in force.");
        }

        @Test
        void refuses_a_baseline_whose_files_changed() throws Exception {
            RunFixture run = threeApprovals();
            Files.writeString(run.store().resolve("0001/predictions/candidate.csv"), "tampered");

            assertThatThrownBy(() -> new RollbackRequest(run.store(), "0001", BOB, "x").apply(Instant.now()))
                    .isInstanceOf(BaselineIntegrityException.class);
            assertThat(BaselineStore.at(run.store()).history()).hasSize(3);
        }
    }

    @Test
    void without_a_reason_is_refused() throws Exception {
        RunFixture run = threeApprovals();

        assertThatThrownBy(() -> new RollbackRequest(run.store(), "previous", BOB, " ").apply(Instant.now()))
                .hasMessage("Not rolled back: say why (--reason, mlgate.reason); the manifest records it.");
    }
}
