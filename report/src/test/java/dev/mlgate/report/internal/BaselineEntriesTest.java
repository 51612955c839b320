package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.BaselineInForce;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline in force as a suite publishes it, and the line the summaries show. */
class BaselineEntriesTest {

    private static final Map<String, String> ROLLED_BACK = Map.of("mlgate.baseline.manifest", "mlgate-baselines/churn",
            "mlgate.baseline.role", "predictions", "mlgate.baseline.id", "0003", "mlgate.baseline.origin", "0001",
            "mlgate.baseline.action", "rollback", "mlgate.baseline.approvedAt", "2026-11-20T08:00:00Z",
            "mlgate.baseline.by", "bob", "mlgate.baseline.runId", "run-1");

    @Test
    void a_rolled_back_baseline_is_named_with_the_approval_it_restores_and_its_age() {
        BaselineInForce baseline = BaselineEntries.of("[suite:S]", ROLLED_BACK).orElseThrow();

        assertThat(baseline.describe(Instant.parse("2026-12-05T09:00:00Z"))).isEqualTo("Baseline in force:"
                + " mlgate-baselines/churn predictions 0003 (rollback to 0001), approved 2026-11-20T08:00:00Z by bob,"
                + " 15 days old");
    }

    @Test
    void a_suite_without_a_manifest_or_with_an_unreadable_time_names_none() {
        assertThat(BaselineEntries.of("[suite:S]", Map.of("mlgate.artifact.0.role", "baseline"))).isEmpty();
        assertThat(BaselineEntries.of("[suite:S]", Map.of("mlgate.baseline.id", "0001",
                "mlgate.baseline.approvedAt", "yesterday"))).isEmpty();
    }

    @Test
    void an_approval_after_the_report_time_is_zero_days_old() {
        BaselineInForce baseline = BaselineEntries.of("[suite:S]", ROLLED_BACK).orElseThrow();

        assertThat(baseline.ageDays(Instant.parse("2026-11-01T00:00:00Z"))).isZero();
    }
}
