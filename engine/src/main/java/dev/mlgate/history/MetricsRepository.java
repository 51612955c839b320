package dev.mlgate.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where mlgate keeps every run's observed values, so that a check can compare a value with its history
 * (anomaly checks) and a lifecycle step can see trends (retraining triggers). The engine appends one
 * {@link RunRecord} per suite at the end of the suite and reads history while checks run.
 *
 * <p>Implementations are safe for concurrent use by several threads and several processes: an append
 * is all or nothing, and a reader never sees part of a run. Errors are {@link MetricsRepositoryException}s
 * naming the repository's location.
 */
public interface MetricsRepository extends AutoCloseable {

    /** Where the runs live, for messages: a file path or a JDBC URL without credentials. */
    String location();

    /** Records {@code run}; afterwards every query it matches returns it. */
    void append(RunRecord run);

    /** The runs {@code query} selects, oldest first (equal times in the order they were appended). */
    List<RunRecord> runs(HistoryQuery query);

    /**
     * The series of {@code metric} over the runs {@code query} selects that measured it, oldest first;
     * {@code query.last()} counts runs that have the metric.
     */
    default List<MetricPoint> series(HistoryQuery query, String metric) {
        List<MetricPoint> points = new ArrayList<>();
        for (RunRecord run : runs(query.last(0))) {
            MetricPoint point = run.point(metric);
            if (point != null) {
                points.add(point);
            }
        }
        int from = query.last() == 0 ? 0 : Math.max(0, points.size() - query.last());
        return List.copyOf(points.subList(from, points.size()));
    }

    /**
     * Removes the runs {@code retention} no longer keeps at {@code now}: those older than its age, and of
     * each subject those beyond its newest {@code maxRuns}.
     *
     * @return how many runs were removed
     */
    int prune(Retention retention, Instant now);

    /** Releases connections or handles; the repository is not used afterwards. */
    @Override
    void close();
}
