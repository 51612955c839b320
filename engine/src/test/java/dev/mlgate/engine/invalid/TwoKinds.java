package dev.mlgate.engine.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.quality.ModelQuality;

/** Claims to be two kinds of suite at once. */
@DataContract(data = "customers.csv")
@ModelQuality(predictions = "predictions.csv", label = "churned", score = "p_churn")
public record TwoKinds(long id) {
}
