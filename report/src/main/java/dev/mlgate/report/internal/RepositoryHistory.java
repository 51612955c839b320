package dev.mlgate.report.internal;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.RepositorySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What the retraining triggers read from the metrics repository: a contract's row count when the model in
 * force was approved (when its manifest entry did not record it), and the production model's own values of a
 * comparison's metric since then (the engine records them as {@code <check>}{@value #BASELINE_SUFFIX}).
 */
public interface RepositoryHistory {

    /** No repository: nothing is known. */
    RepositoryHistory NONE = new RepositoryHistory() {
        @Override
        public OptionalLong rowsAt(String subject, Instant time) {
            return OptionalLong.empty();
        }

        @Override
        public List<Double> since(String subject, String metric, Instant time) {
            return List.of();
        }
    };

    /** The metric the engine records a suite's row count under. */
    String ROWS = "rows";

    /** Suffix of the metric under which the engine records a comparison's baseline value. */
    String BASELINE_SUFFIX = "@baseline";

    /** The last row count of {@code subject} (a contract's class) measured at or before {@code time}. */
    OptionalLong rowsAt(String subject, Instant time);

    /** The values of {@code metric} of {@code subject} measured at or after {@code time}, oldest first. */
    List<Double> since(String subject, String metric, Instant time);

    /**
     * The repository the configuration names ({@code mlgate.repository}); {@link #NONE} when a file repository
     * does not exist yet or the settings are invalid (the engine reports those). A repository that cannot be
     * read answers nothing: it leaves a trigger unevaluated, never fails the report.
     */
    static RepositoryHistory of(Function<String, String> parameters, Path basedir) {
        RepositorySettings settings;
        try {
            settings = RepositorySettings.read(parameters, System::getenv, basedir);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        if (settings.scheme().equals("file")
                && !Files.exists(basedir.resolve(settings.location().substring("file:".length())))) {
            return NONE;
        }
        return new RepositoryHistory() {
            @Override
            public OptionalLong rowsAt(String subject, Instant time) {
                List<MetricPoint> points = read(HistoryQuery.of(subject).before(time.plusNanos(1)).last(1), ROWS);
                return points.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Math.round(points.get(0).value()));
            }

            @Override
            public List<Double> since(String subject, String metric, Instant time) {
                return read(HistoryQuery.of(subject).since(time), metric).stream().map(MetricPoint::value).toList();
            }

            private List<MetricPoint> read(HistoryQuery query, String metric) {
                try (MetricsRepository repository = MetricsRepositories.open(settings)) {
                    return repository.series(query, metric);
                } catch (RuntimeException e) {
                    return List.of();
                }
            }
        };
    }
}
