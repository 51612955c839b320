package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionTest {

    @Test
    void an_inconclusive_blocking_check_blocks() {
        Promotion promotion = Promotion.decide(Checks.run(true, Checks.gate("auc", Status.INCONCLUSIVE, null, ">= 0.8")),
                List.of());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.reasons()).singleElement().asString().contains("inconclusive");
    }

    @Test
    void a_run_whose_completeness_the_engine_did_not_report_is_treated_as_partial() {
        Promotion promotion = Promotion.decide(Checks.run(null, Checks.gate("auc", Status.PASSED, "0.9", ">= 0.8")),
                List.of());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.partial()).isTrue();
    }

    @Test
    void a_run_in_which_no_check_ran_does_not_promote() {
        Promotion promotion = Promotion.decide(Checks.run(true, Checks.gate("auc", Status.SKIPPED, null, ">= 0.8")),
                List.of());

        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.reasons()).anySatisfy(reason -> assertThat(reason).isEqualTo("No check ran."));
    }

    @Test
    void a_failed_drift_check_recommends_retraining_without_blocking() {
        Promotion promotion = Promotion.decide(Checks.run(true, Checks.gate("auc", Status.PASSED, "0.9", ">= 0.8"),
                Checks.drift("income", Status.WARNING)), List.of());

        assertThat(promotion.decision()).isEqualTo("PROMOTE");
        assertThat(promotion.retrainRecommended()).isTrue();
        assertThat(promotion.retrainReasons()).singleElement().asString().isEqualTo("Drift: Churn: income: PSI of income");
    }
}
