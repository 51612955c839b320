package dev.mlgate.history;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The metrics repository's configuration, read from configuration parameters (and, for credentials,
 * environment variables):
 * <ul>
 * <li>{@value #LOCATION}: {@code file:<path>} (relative to the base directory; default
 *     {@value #DEFAULT_LOCATION}) or {@code jdbc:postgresql://host:port/db} (needs mlgate-history-jdbc);</li>
 * <li>{@value #TAGS}: the tags of this run, {@code branch=main,env=ci};</li>
 * <li>{@value #RETENTION}: {@code 90d} or {@code 100 runs} (default: keep everything);</li>
 * <li>{@value #USER} / {@value #PASSWORD}, else the environment's {@code MLGATE_REPOSITORY_USER} /
 *     {@code MLGATE_REPOSITORY_PASSWORD};</li>
 * <li>{@value #TIME}: the time this run is recorded at, for replaying past days (read by the engine).</li>
 * </ul>
 *
 * @param location the configured location, scheme included
 * @param basedir the directory a relative file path resolves against
 * @param tags this run's tags, sorted by name
 * @param retention how long runs are kept
 * @param user database user, if any
 * @param password database password, if any
 */
public record RepositorySettings(String location, Path basedir, Map<String, String> tags, Retention retention,
        Optional<String> user, Optional<String> password) {

    /** Configuration key of the location. */
    public static final String LOCATION = "mlgate.repository";
    /** Configuration key of this run's tags. */
    public static final String TAGS = "mlgate.repository.tags";
    /** Configuration key of the retention. */
    public static final String RETENTION = "mlgate.repository.retention";
    /** Configuration key of the database user. */
    public static final String USER = "mlgate.repository.user";
    /** Configuration key of the database password. */
    public static final String PASSWORD = "mlgate.repository.password";
    /** Configuration key of the time a run is recorded at (ISO-8601 instant); default: when it started. */
    public static final String TIME = "mlgate.repository.time";
    /** The location when none is configured: a file the project can commit or cache. */
    public static final String DEFAULT_LOCATION = "file:mlgate-history/metrics.jsonl";

    public RepositorySettings {
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /**
     * Reads the settings from {@code parameters} (null for an absent key) and {@code environment}.
     *
     * @throws IllegalArgumentException for malformed tags or retention, naming the key
     */
    public static RepositorySettings read(Function<String, String> parameters, Function<String, String> environment,
            Path basedir) {
        String location = Optional.ofNullable(parameters.apply(LOCATION)).map(String::trim)
                .filter(text -> !text.isEmpty()).orElse(DEFAULT_LOCATION);
        Retention retention;
        try {
            retention = Retention.parse(parameters.apply(RETENTION));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RETENTION + ": " + e.getMessage(), e);
        }
        return new RepositorySettings(location, basedir, parseTags(parameters.apply(TAGS)), retention,
                first(parameters.apply(USER), environment.apply("MLGATE_REPOSITORY_USER")),
                first(parameters.apply(PASSWORD), environment.apply("MLGATE_REPOSITORY_PASSWORD")));
    }

    /** The part of the location before the first colon ({@code file}, {@code jdbc}). */
    public String scheme() {
        int colon = location.indexOf(':');
        return colon < 0 ? "" : location.substring(0, colon);
    }

    /** {@code branch=main,env=ci} as a map; blank gives no tags. */
    static Map<String, String> parseTags(String text) {
        Map<String, String> tags = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return tags;
        }
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? "" : pair.substring(0, equals).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(TAGS + ": '" + pair.trim() + "' is not name=value (in '" + text
                        + "')");
            }
            tags.put(name, pair.substring(equals + 1).trim());
        }
        return tags;
    }

    private static Optional<String> first(String configured, String environment) {
        return Optional.ofNullable(configured).or(() -> Optional.ofNullable(environment)).filter(s -> !s.isEmpty());
    }
}
