package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PromotionTest {

    @Test
    void an_inconclusive_blocking_check_blocks() {
        Promotion promotion = Promotion.decide(Checks.run(true, Checks.gate("auc", Status.INCONCLUSIVE, null, ">= 0.8")),
                Checks.noRetraining());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.reasons()).singleElement().asString().contains("inconclusive");
    }

    @Test
    void a_run_whose_completeness_the_engine_did_not_report_is_treated_as_partial() {
        Promotion promotion = Promotion.decide(Checks.run(null, Checks.gate("auc", Status.PASSED, "0.9", ">= 0.8")),
                Checks.noRetraining());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.partial()).isTrue();
    }

    @Test
    void a_run_in_which_no_check_ran_does_not_promote() {
        Promotion promotion = Promotion.decide(Checks.run(true, Checks.gate("auc", Status.SKIPPED, null, ">= 0.8")),
                Checks.noRetraining());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.reasons()).anySatisfy(reason -> assertThat(reason).isEqualTo("No check ran."));
    }

    @Test
    void a_failed_drift_check_recommends_retraining_without_blocking() {
        Model.Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.9", ">= 0.8"),
                Checks.drift("income", Status.WARNING));

        Promotion promotion = Promotion.decide(run, Checks.retraining(run));

        assertThat(promotion.decision()).isEqualTo("PROMOTE");
        assertThat(promotion.retrainRecommended()).isTrue();
        assertThat(promotion.retraining().signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo("drift");
            assertThat(signal.check()).isEqualTo(Checks.SUITE + "/[drift:income]");
            assertThat(signal.cause()).isEqualTo("Churn: income: PSI = 0.4; required <= 0.2");
            assertThat(signal.numbers()).containsEntry("statistic", 0.4);
        });
    }

    @Test
    void a_failed_candidate_gate_is_a_reason_to_reject_and_no_retraining_signal() {
        Model.Run run = Checks.run(true, Checks.gate("auc", Status.FAILED, "0.7", ">= 0.8"));

        Promotion promotion = Promotion.decide(run, Checks.retraining(run));

        assertThat(promotion.causes()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(Reason.BLOCKING_CHECK);
            assertThat(reason.check()).isEqualTo(Checks.SUITE + "/[gate:auc]");
            assertThat(reason.cause()).isEqualTo("roc_auc = 0.7; required >= 0.8");
        });
        assertThat(promotion.retrainRecommended()).isFalse();
    }

    @Test
    void data_failures_come_before_model_failures() {
        Model.Check gate = Checks.gate("auc", Status.FAILED, "0.7", ">= 0.8");
        Model.Check constraint = new Model.Check("[engine:mlgate]/[suite:com.example.Customers]/[constraint:age.range]",
                null, "constraint", "com.example.Customers", "age", "age: between 0 and 120", null, null, Status.FAILED,
                true, "violations", "2", "tolerated: none", null, null, null, null, List.of(),
                "customers.csv column 'age': 2 of 10 values are not between 0 and 120", new TreeMap<>(), null);
        Model.Suite model = new Model.Suite(Checks.SUITE, "model quality", "com.example.Churn", "Churn", Status.FAILED,
                null, List.of(), new TreeMap<>(), List.of(gate));
        Model.Suite data = new Model.Suite("[engine:mlgate]/[suite:com.example.Customers]", "data contract",
                "com.example.Customers", "Customers", Status.FAILED, null, List.of(), new TreeMap<>(),
                List.of(constraint));
        Model.Run run = new Model.Run(new Model.RunInfo("0.1.0", "jvm", null, "42", null, true, List.of()),
                List.of(model, data), Instant.parse("2025-01-01T00:00:00Z"));

        Promotion promotion = Promotion.decide(run, Checks.noRetraining());

        assertThat(promotion.reasons()).containsExactly(
                "Customers: age: between 0 and 120 failed: customers.csv column 'age': 2 of 10 values are not between 0"
                        + " and 120",
                "Churn: auc failed: roc_auc = 0.7; required >= 0.8");
    }
}
