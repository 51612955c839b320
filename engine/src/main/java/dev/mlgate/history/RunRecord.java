package dev.mlgate.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run's observed values for one subject (a suite's dataset or model), as the metrics repository
 * keeps them: every metric the run measured, under a stable name, with the run's tags.
 *
 * @param runId identifies the run across subjects (the same id for every suite of one test run)
 * @param subject what was measured: a suite's identity, such as {@code com.acme.CustomersContract}
 * @param time when the run measured it, kept to the microsecond (the precision of SQL timestamps), so that
 *             every repository gives back the time it was given
 * @param tags the run's tags, such as {@code branch=main} and {@code env=ci}; sorted by name
 * @param metrics each metric's finite value by name, such as {@code rows} or {@code constraint:age/mean};
 *                sorted by name
 */
public record RunRecord(String runId, String subject, Instant time, Map<String, String> tags,
        Map<String, Double> metrics) {

    /** Checks every part, truncates the time to microseconds and keeps sorted, unmodifiable copies of the maps. */
    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a run record needs a subject");
        }
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        metrics.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("metric '" + name + "' of " + subject + " is not a finite number: "
                        + value);
            }
        });
    }

    /** The value of {@code metric} in this run, as a point of its series; null when the run lacks it. */
    public MetricPoint point(String metric) {
        Double value = metrics.get(metric);
        return value == null ? null : new MetricPoint(runId, subject, metric, time, value, tags);
    }
}
