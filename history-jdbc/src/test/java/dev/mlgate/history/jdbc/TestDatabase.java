package dev.mlgate.history.jdbc;

import static org.assertj.core.api.Assertions.fail;

import dev.mlgate.history.RepositorySettings;
import dev.mlgate.history.Retention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty PostgreSQL database for one test, dropped afterwards. The server is the one
 * {@code MLGATE_TEST_JDBC_URL} (or the system property {@code mlgate.test.jdbc.url}) names; without it, the
 * repository's {@code .ci/postgres.sh} is run to start (or reuse) a local one. No server is a test failure,
 * never a skip: CI has one.
 */
final class TestDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");
    private static String server;

    private final String url;
    private final String name;

    private TestDatabase(String name) throws SQLException {
        this.name = name;
        this.url = withDatabase(server(), name);
        execute(server(), "CREATE DATABASE " + name);
    }

    /** A new empty database. */
    static TestDatabase create() throws SQLException {
        return new TestDatabase("mlgate_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    RepositorySettings settings() {
        return new RepositorySettings(url, Path.of(""), Map.of(), Retention.FOREVER, Optional.empty(),
                Optional.empty());
    }

    @Override
    public void close() throws SQLException {
        execute(server(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String withDatabase(String url, String database) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            fail("MLGATE_TEST_JDBC_URL is not jdbc:postgresql://host:port/database[?parameters]: " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    /** The configured server's URL, or the one .ci/postgres.sh starts. */
    static synchronized String server() {
        if (server != null) {
            return server;
        }
        String configured = Optional.ofNullable(System.getProperty("mlgate.test.jdbc.url"))
                .orElse(System.getenv("MLGATE_TEST_JDBC_URL"));
        server = configured != null && !configured.isBlank() ? configured.trim() : startLocal();
        return server;
    }

    private static String startLocal() {
        Path script = Path.of("").toAbsolutePath().getParent().resolve(".ci/postgres.sh");
        String help = "The JDBC repository tests need PostgreSQL: set MLGATE_TEST_JDBC_URL to a database whose user may"
                + " create databases, or run .ci/postgres.sh (Debian's postgresql package), which prints one";
        if (!Files.isRegularFile(script)) {
            fail(help + " (" + script + " not found)");
        }
        try {
            Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] error = process.getErrorStream().readAllBytes();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0 || !output.startsWith("jdbc:postgresql:")) {
                fail(help + "; .ci/postgres.sh failed: " + new String(error, StandardCharsets.UTF_8) + output);
            }
            List<String> lines = output.lines().toList();
            return lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return fail(help + ": " + e.getMessage().toLowerCase(Locale.ROOT), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(help, e);
        }
    }
}
