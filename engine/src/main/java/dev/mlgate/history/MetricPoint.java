package dev.mlgate.history;

import java.time.Instant;
import java.util.Map;

/**
 * One value of a metric's series: what a run measured for a subject at a time, and the run's tags.
 *
 * @param runId the run that measured it
 * @param subject the suite's dataset or model identity
 * @param metric the metric's name within the subject
 * @param time when the run measured it
 * @param value the finite value
 * @param tags the run's tags
 */
public record MetricPoint(String runId, String subject, String metric, Instant time, double value,
        Map<String, String> tags) {

    public MetricPoint {
        tags = Map.copyOf(tags);
    }
}
