package dev.mlgate.examples.suites;

import dev.mlgate.Warn;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.NoDrift;

/**
 * Watches the training data for drift away from the snapshot the production model was trained on
 * (data/reference.csv, 51 rows). Every feature below is compared; with a reference this small the
 * engine picks the two-sample Kolmogorov-Smirnov test (p &lt; 0.05) and states the choice per column.
 *
 * <p>Why it only warns: drift is a reason to look and to retrain, not proof that the candidate is
 * worse; the quality and comparison gates decide that. The report turns failed drift checks into a
 * retraining signal in promotion.json. The reference over-represents low-texture samples (see
 * data/README.md), so {@code mean_texture} drifts, and {@code texture_error} with it.
 */
@DataContract(data = "data/${examples.scenario:-.}/train.csv", reference = "data/reference.csv")
@NoDrift(maxDriftedShare = 0.25)
@Warn("drift signals retraining; the quality gates decide promotion")
public record TrainingDataDrift(
        double mean_radius,
        double mean_texture,
        double mean_perimeter,
        double mean_area,
        double mean_smoothness,
        double mean_concavity,
        double texture_error,
        double worst_radius,
        double worst_texture,
        double worst_concavity,
        String size_band) {
}
