package dev.mlgate.history.jdbc;

import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.RepositorySettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a connection per operation, so that threads never share one; the URL in messages has no password. */
final class Connections {

    private final String url;
    private final Properties properties = new Properties();

    Connections(RepositorySettings settings) {
        this.url = settings.location();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
    }

    /** A JDBC URL without any password, for messages. */
    String location() {
        return MetricsRepositories.redacted(url);
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }
}
