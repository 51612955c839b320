package dev.mlgate.history.jdbc;

import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.MetricsRepositoryException;
import dev.mlgate.history.MetricsRepositoryProvider;
import dev.mlgate.history.RepositorySettings;

/**
 * Opens {@code mlgate.repository=jdbc:postgresql://host:port/database} as a metrics repository in
 * PostgreSQL, creating or migrating its tables on first use. Credentials come from
 * {@code mlgate.repository.user} / {@code .password}, the environment's {@code MLGATE_REPOSITORY_USER} /
 * {@code MLGATE_REPOSITORY_PASSWORD}, or the URL's own parameters.
 */
public final class JdbcRepositoryProvider implements MetricsRepositoryProvider {

    @Override
    public String scheme() {
        return "jdbc";
    }

    @Override
    public MetricsRepository open(RepositorySettings settings) {
        if (!settings.location().startsWith("jdbc:postgresql:")) {
            throw new MetricsRepositoryException(RepositorySettings.LOCATION + ": mlgate-history-jdbc supports"
                    + " PostgreSQL (jdbc:postgresql://host:port/database), not '" + settings.location().split("\\?")[0]
                    + "'");
        }
        return new JdbcRepository(new Connections(settings));
    }
}
