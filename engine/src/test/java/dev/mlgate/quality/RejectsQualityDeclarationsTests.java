package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.quality.invalid.NoTask;
import dev.mlgate.quality.invalid.ProbabilitiesWithoutClasses;
import dev.mlgate.quality.invalid.ScorerAndPredictions;
import dev.mlgate.quality.invalid.ViewMismatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declaration mistakes of model-quality suites, reported at discovery with the class and member. */
class RejectsQualityDeclarationsTests {

    private static List<String> issues(Class<?> type) {
        return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                .map(issue -> issue.severity() + " " + issue.message()).toList();
    }

    @Test
    void a_gate_whose_view_does_not_match_the_task() {
        assertThat(issues(ViewMismatch.class)).containsExactly("WARNING dev.mlgate.quality.invalid.ViewMismatch.accuracy()"
                + " takes MulticlassPredictions, but ViewMismatch declares a binary task (label + score), whose view is"
                + " BinaryScores");
    }

    @Test
    void columns_that_fit_no_task() {
        assertThat(issues(NoTask.class)).containsExactly("WARNING dev.mlgate.quality.invalid.NoTask: @ModelQuality"
                + " declares columns that fit no task (score=\"p_churn\", probabilities=[], prediction=\"p_churn\","
                + " classes=[]); declare label with exactly one of: score (binary), probabilities and classes"
                + " (multiclass), prediction and classes (multiclass), prediction (regression)");
    }

    @Test
    void probability_columns_without_their_classes() {
        assertThat(issues(ProbabilitiesWithoutClasses.class)).containsExactly("WARNING"
                + " dev.mlgate.quality.invalid.ProbabilitiesWithoutClasses: @ModelQuality declares 2 probability columns"
                + " and 0 classes; name the class of each probability column in classes, in the same order (at least"
                + " two)");
    }

    @Test
    void a_scorer_with_a_predictions_file_and_a_gate_with_two_bounds() {
        assertThat(issues(ScorerAndPredictions.class)).containsExactlyInAnyOrder(
                "WARNING dev.mlgate.quality.invalid.ScorerAndPredictions: @ModelQuality scores in-process with"
                        + " CreditScorer: set data (the evaluation rows) and leave predictions empty",
                "WARNING dev.mlgate.quality.invalid.ScorerAndPredictions.rocAuc() has more than one of @AtLeast, @AtMost"
                        + " and @MaxSliceGap; declare one bound per gate method");
    }
}
