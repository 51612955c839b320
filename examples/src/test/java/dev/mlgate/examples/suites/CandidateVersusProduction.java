package dev.mlgate.examples.suites;

import dev.mlgate.Warn;
import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.baseline.MaxChurn;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.Slices;

/**
 * Decides whether the candidate may replace the model in production, on the same 142 evaluation
 * rows joined by {@code sample_id}: the production model is the earlier three-feature logistic
 * regression (models/production), the candidate the Tribuo model trained in this build.
 *
 * <p>Why these gates: the candidate must not lose more than 0.005 ROC AUC, judged on the lower bound of
 * a 95% paired bootstrap interval of the difference, so that a lucky evaluation split cannot pass a
 * worse model; and it must beat production beyond chance (DeLong's test for correlated AUCs at 5%),
 * because replacing a model has a cost. Prediction churn at the 0.5 threshold may reach 15% (the
 * candidate changes 11% of decisions, mostly catching malignant masses production missed): the new
 * model is meant to change decisions, but a larger shift needs a clinician's review first. Per size band the candidate should also
 * be significantly better; with 42 to 51 rows a band rarely gives that evidence, so that gate only
 * warns, and its p-values are corrected for the three bands with Holm's method.
 *
 * <p>{@code model} names the candidate, and so the model promotion.json decides on (its version is the
 * build's, {@code mlgate.model.version} in the pom).
 */
@BaselineComparison(candidate = "target/eval/${examples.scenario:-.}/candidate-predictions.csv",
        baseline = "models/production/eval-predictions.csv", joinOn = "sample_id",
        label = "diagnosis", score = "p_malignant", positive = "malignant", negative = "benign",
        model = "tumour-classifier")
@Slices(value = "size_band", minSize = 40)
@MaxChurn(0.15)
public class CandidateVersusProduction {

    @NoWorseThanBaseline(margin = 0.005, confidence = 0.95)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric rocAucBeyondChance(BinaryScores scores) {
        return scores.rocAuc();
    }

    @BetterThanBaseline(alpha = 0.05)
    @EverySlice
    @Warn("three small bands rarely give significant evidence; reported, not enforced")
    Metric rocAucPerSizeBand(BinaryScores scores) {
        return scores.rocAuc();
    }
}
