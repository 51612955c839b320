package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Suite;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelIdentityTest {

    private static Suite comparison(String name, String candidateModel) {
        return new Suite("[engine:mlgate]/[suite:com.example." + name + "]", "baseline comparison", "com.example." + name,
                name, Status.PASSED, null, List.of(new Artifact("candidate", "eval/" + name + ".csv", "ab".repeat(32),
                "10", "100", candidateModel), new Artifact("baseline", "prod.csv", "cd".repeat(32), "10", "100")),
                new TreeMap<>(), List.of());
    }

    @Test
    void a_configured_name_wins_over_what_the_suites_declare() {
        ModelIdentity configured = new ModelIdentity("churn", "3");

        assertThat(configured.orDeclaredBy(List.of(comparison("A", "other")))).isEqualTo(configured);
    }

    @Test
    void without_configuration_the_candidate_the_comparisons_agree_on_is_the_model() {
        ModelIdentity version = new ModelIdentity(null, "3");

        assertThat(version.orDeclaredBy(List.of(comparison("A", "churn"), comparison("B", "churn"))))
                .isEqualTo(new ModelIdentity("churn", "3"));
        assertThat(version.orDeclaredBy(List.of(comparison("A", "churn"), comparison("B", "upsell")))).isEqualTo(version);
        assertThat(version.orDeclaredBy(List.of(comparison("A", "churn"), comparison("B", null)))).isEqualTo(version);
    }

    @Test
    void predictions_without_a_declared_model_are_the_run_s_model_s() {
        ModelIdentity churn = new ModelIdentity("churn", null);

        assertThat(churn.owns(null)).isTrue();
        assertThat(churn.owns("churn")).isTrue();
        assertThat(churn.owns("python-gbm")).isFalse();
        assertThat(PromotedArtifact.role("predictions", false)).isEqualTo("predictions");
        assertThat(PromotedArtifact.role("candidate", true)).isEqualTo("candidate predictions");
        assertThat(PromotedArtifact.role("baseline", true)).isEqualTo("production predictions");
    }
}
