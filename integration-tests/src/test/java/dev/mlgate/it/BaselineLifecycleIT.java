package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The approve, compare and rollback cycle as a user runs it with Maven: {@code mvn verify} decides,
 * {@code mvn mlgate:approve} records the candidate in mlgate-baselines/churn, the next build compares with
 * it through the manifest, {@code mvn mlgate:rollback} restores the earlier one, and a baseline file changed
 * behind the manifest's back fails the build by name.
 */
class BaselineLifecycleIT {

    private static JsonNode reportBaseline(ChildProject project) throws IOException {
        JsonNode baselines = new ObjectMapper().readTree(project.dir().resolve("target/mlgate/report.json").toFile())
                .get("baselines");
        assertThat(baselines).hasSize(1);
        return baselines.get(0);
    }

    @Test
    void approve_after_promote_then_compare_then_rollback_then_a_tampered_baseline_fails() throws IOException {
        ChildProject project = ChildProject.fromTemplate("approve-rollback", "approve-rollback");

        BuildResult first = project.mvn("verify");
        assertThat(first.succeeded()).as("%s", first).isTrue();
        assertThat(project.decision()).isEqualTo("PROMOTE");

        BuildResult approved = project.mvn("mlgate:approve", "-Dmlgate.model=churn", "-Dmlgate.approver=alice",
                "-Dmlgate.reason=first model");
        assertThat(approved.succeeded()).as("%s", approved).isTrue();
        assertThat(approved.log()).contains("mlgate: approved churn baseline 0001 from run ",
                "Nothing was committed. To record it, run:", "git add mlgate-baselines/churn");
        assertThat(project.dir().resolve("mlgate-baselines/churn/0001/predictions/candidate-v1.csv")).exists();

        BuildResult second = project.mvn("verify", "-Dcandidate=v2");
        assertThat(second.succeeded()).as("%s", second).isTrue();
        assertThat(reportBaseline(project).get("id").asText()).isEqualTo("0001");
        assertThat(project.mvn("mlgate:approve", "-Dmlgate.model=churn", "-Dmlgate.approver=alice").succeeded()).isTrue();

        BuildResult rolledBack = project.mvn("mlgate:rollback", "-Dmlgate.model=churn", "-Dmlgate.approver=bob",
                "-Dmlgate.reason=complaints about v2");
        assertThat(rolledBack.succeeded()).as("%s", rolledBack).isTrue();
        assertThat(rolledBack.log()).contains("mlgate: rolled churn back to baseline 0001 (entry 0003) by bob:"
                + " complaints about v2");
        List<String> manifest = Files.readAllLines(project.dir().resolve("mlgate-baselines/churn/manifest.jsonl"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(2)).contains("\"action\":\"ROLLBACK\"", "\"restores\":\"0001\"");

        BuildResult third = project.mvn("verify", "-Dcandidate=v2");
        assertThat(third.succeeded()).as("%s", third).isTrue();
        JsonNode inForce = reportBaseline(project);
        assertThat(inForce.get("id").asText()).isEqualTo("0003");
        assertThat(inForce.get("origin").asText()).isEqualTo("0001");

        Path approvedCopy = project.dir().resolve("mlgate-baselines/churn/0001/predictions/candidate-v1.csv");
        Files.writeString(approvedCopy, Files.readString(approvedCopy).replace("0.010", "0.990"));
        BuildResult tampered = project.mvn("verify", "-Dcandidate=v2");
        assertThat(tampered.exitCode()).as("%s", tampered).isNotZero();
        assertThat(tampered.log()).contains("Baseline integrity: ", "candidate-v1.csv has SHA-256 ");
        assertThat(project.decision()).isEqualTo("REJECT");

        BuildResult refused = project.mvn("mlgate:approve", "-Dmlgate.model=churn");
        assertThat(refused.exitCode()).as("%s", refused).isNotZero();
        assertThat(refused.log()).contains("mlgate approve: Not approved: the run ", "decided REJECT");
    }
}
