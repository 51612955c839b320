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
 * A dataset's row counts in the metrics repository: the "new labelled data" trigger's source for the rows a
 * contract's dataset had when the model in force was approved, when the manifest entry did not record them.
 */
@FunctionalInterface
public interface RowHistory {

    /** No repository: nothing is known. */
    RowHistory NONE = (subject, time) -> OptionalLong.empty();

    /** The metric the engine records a suite's row count under. */
    String ROWS = "rows";

    /** The last row count of {@code subject} (a contract's class) measured at or before {@code time}. */
    OptionalLong rowsAt(String subject, Instant time);

    /**
     * The repository the configuration names ({@code mlgate.repository}); {@link #NONE} when a file repository
     * does not exist yet or the settings are invalid (the engine reports those).
     */
    static RowHistory of(Function<String, String> parameters, Path basedir) {
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
        return (subject, time) -> {
            try (MetricsRepository repository = MetricsRepositories.open(settings)) {
                List<MetricPoint> points = repository.series(HistoryQuery.of(subject).before(time.plusNanos(1)).last(1),
                        ROWS);
                return points.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Math.round(points.get(0).value()));
            } catch (RuntimeException e) {
                return OptionalLong.empty(); // an unreachable repository leaves the trigger unevaluated, never the run
            }
        };
    }
}
