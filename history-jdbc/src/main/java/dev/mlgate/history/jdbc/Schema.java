package dev.mlgate.history.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The repository's tables and how each version came about. {@code mlgate_schema_version} holds the version
 * a database is at; {@link #migrate(Connection)} applies the missing steps in one transaction under an
 * advisory lock, so concurrent first runs against an empty database create it once.
 * <ul>
 * <li>v1: {@code mlgate_run} (one row per suite and run) and {@code mlgate_metric} (its values);</li>
 * <li>v2: {@code mlgate_run_tag} (a run's tags, for {@code mlgate.repository.tags}) and an index for
 *     reading a subject's history by time.</li>
 * </ul>
 */
final class Schema {

    /** The version this code reads and writes. */
    static final int CURRENT = 2;

    /** Key of the advisory lock taken while migrating ("mlgate" in ASCII). */
    private static final long LOCK = 0x6d6c67617465L;

    /** Step {@code i} takes a database from version {@code i} to {@code i + 1}. */
    static final List<List<String>> STEPS = List.of(
            List.of("CREATE TABLE mlgate_run (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, subject TEXT NOT NULL,"
                            + " run_time TIMESTAMPTZ NOT NULL)",
                    "CREATE TABLE mlgate_metric (run BIGINT NOT NULL REFERENCES mlgate_run (id) ON DELETE CASCADE,"
                            + " name TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, PRIMARY KEY (run, name))"),
            List.of("CREATE TABLE mlgate_run_tag (run BIGINT NOT NULL REFERENCES mlgate_run (id) ON DELETE CASCADE,"
                            + " name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (run, name))",
                    "CREATE INDEX mlgate_run_subject_time ON mlgate_run (subject, run_time, id)"));

    private Schema() {
    }

    /** Brings the database to {@link #CURRENT}; refuses a database newer than this code. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, CURRENT);
    }

    /** Brings the database to {@code target} (tests stop at an older version to test the migration). */
    static void migrate(Connection connection, int target) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            statement.execute("CREATE TABLE IF NOT EXISTS mlgate_schema_version (version INTEGER NOT NULL)");
            int version = version(statement);
            if (version > CURRENT) {
                throw new SQLException("the database's mlgate schema is version " + version + ", newer than the "
                        + CURRENT + " this mlgate-history-jdbc knows; upgrade mlgate");
            }
            for (int step = version; step < target; step++) {
                for (String sql : STEPS.get(step)) {
                    statement.execute(sql);
                }
            }
            if (version < target) {
                statement.execute("DELETE FROM mlgate_schema_version");
                statement.execute("INSERT INTO mlgate_schema_version (version) VALUES (" + target + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The version recorded in the database; 0 when it has none (an empty database). */
    static int version(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM mlgate_schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
