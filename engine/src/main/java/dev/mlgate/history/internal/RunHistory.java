package dev.mlgate.history.internal;

import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.MetricsRepositoryException;
import dev.mlgate.history.RepositorySettings;
import dev.mlgate.history.Retention;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A run's access to the metrics repository: its id, time and tags, and the repository, opened on first use
 * and closed at the end of the run (after pruning what the retention no longer keeps). A configuration
 * mistake is kept and thrown on use, so only the checks that need history fail, naming the key.
 */
public final class RunHistory implements AutoCloseable {

    private final RepositorySettings settings;
    private final RuntimeException invalid;
    private final String runId = UUID.randomUUID().toString();
    private final Instant time;
    private MetricsRepository repository;

    private RunHistory(RepositorySettings settings, RuntimeException invalid, Instant time) {
        this.settings = settings;
        this.invalid = invalid;
        this.time = time;
    }

    /** The history of a run configured by {@code parameters} (null for an absent key). */
    public static RunHistory open(Function<String, String> parameters, Path basedir) {
        RepositorySettings settings = null;
        RuntimeException invalid = null;
        Instant time = Instant.now();
        try {
            settings = RepositorySettings.read(parameters, System::getenv, basedir);
            String configured = parameters.apply(RepositorySettings.TIME);
            if (configured != null && !configured.isBlank()) {
                time = parse(configured.trim());
            }
        } catch (IllegalArgumentException e) {
            invalid = new MetricsRepositoryException("Invalid metrics repository configuration: " + e.getMessage(), e);
        }
        return new RunHistory(settings, invalid, time);
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(RepositorySettings.TIME + ": '" + text + "' is not an instant such as"
                    + " 2026-01-31T06:00:00Z", e);
        }
    }

    /** The part of the run's history that belongs to the suite {@code subject}. */
    public SuiteHistory suite(String subject) {
        return new SuiteHistory(this, subject);
    }

    public String runId() {
        return runId;
    }

    public Instant time() {
        return time;
    }

    Map<String, String> tags() {
        return valid().tags();
    }

    String location() {
        return settings == null ? "(invalid)" : MetricsRepositories.redacted(settings.location());
    }

    synchronized MetricsRepository repository() {
        if (repository == null) {
            repository = MetricsRepositories.open(valid());
        }
        return repository;
    }

    private RepositorySettings valid() {
        if (invalid != null) {
            throw invalid;
        }
        return settings;
    }

    /** Prunes what the retention no longer keeps, if the repository was used, and closes it. */
    @Override
    public synchronized void close() {
        if (repository == null) {
            return;
        }
        try {
            if (!settings.retention().equals(Retention.FOREVER)) {
                repository.prune(settings.retention(), time);
            }
        } finally {
            repository.close();
            repository = null;
        }
    }
}
