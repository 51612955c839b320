package dev.mlgate.lifecycle;

/**
 * A metric of the approved model as the approving run measured it (the candidate's side of a comparison),
 * kept in the manifest so that later runs can tell whether the same model, now in production, has degraded.
 */
public record RecordedMetric(String metric, double value, boolean higherIsBetter) {
}
