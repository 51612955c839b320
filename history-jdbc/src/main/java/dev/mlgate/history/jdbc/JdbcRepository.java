package dev.mlgate.history.jdbc;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.MetricsRepositoryException;
import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics repository in PostgreSQL ({@link Schema}): an append is one transaction (the run, its metrics,
 * its tags), so a reader sees a run whole or not at all, and concurrent writers each get their own rows.
 */
final class JdbcRepository implements MetricsRepository {

    /** Does something with a connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** The body of a transaction. */
    @FunctionalInterface
    private interface Body<T> {
        T run() throws SQLException;
    }

    private final Connections connections;

    JdbcRepository(Connections connections) {
        this.connections = connections;
        work(connection -> {
            Schema.migrate(connection);
            return null;
        }, "create or migrate the tables of");
    }

    @Override
    public String location() {
        return connections.location();
    }

    @Override
    public void append(RunRecord run) {
        work(connection -> inTransaction(connection, () -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO mlgate_run (run_id, subject, run_time) VALUES (?, ?, ?) RETURNING id")) {
                insert.setString(1, run.runId());
                insert.setString(2, run.subject());
                insert.setObject(3, OffsetDateTime.ofInstant(run.time(), ZoneOffset.UTC));
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            insertPairs(connection, "INSERT INTO mlgate_metric (run, name, value) VALUES (?, ?, ?)", id,
                    run.metrics());
            insertPairs(connection, "INSERT INTO mlgate_run_tag (run, name, value) VALUES (?, ?, ?)", id, run.tags());
            return null;
        }), "append to");
    }

    private static void insertPairs(Connection connection, String sql, long run, Map<String, ?> pairs)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<String, ?> pair : pairs.entrySet()) {
                insert.setLong(1, run);
                insert.setString(2, pair.getKey());
                insert.setObject(3, pair.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<RunRecord> runs(HistoryQuery query) {
        return work(connection -> RunReader.read(connection, query, Optional.empty()), "read");
    }

    @Override
    public List<MetricPoint> series(HistoryQuery query, String metric) {
        Objects.requireNonNull(metric, "metric");
        List<RunRecord> runs = work(connection -> RunReader.read(connection, query, Optional.of(metric)), "read");
        List<MetricPoint> points = new ArrayList<>();
        runs.forEach(run -> points.add(run.point(metric)));
        return List.copyOf(points);
    }

    @Override
    public int prune(Retention retention, Instant now) {
        return work(connection -> inTransaction(connection, () -> {
            int removed = 0;
            Optional<Instant> cutoff = retention.cutoff(now);
            if (cutoff.isPresent()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM mlgate_run WHERE run_time < ?")) {
                    delete.setObject(1, OffsetDateTime.ofInstant(cutoff.get(), ZoneOffset.UTC));
                    removed += delete.executeUpdate();
                }
            }
            if (retention.maxRuns() > 0) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mlgate_run WHERE id IN"
                        + " (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY subject ORDER BY run_time DESC,"
                        + " id DESC) AS newest FROM mlgate_run) AS ranked WHERE newest > ?)")) {
                    delete.setInt(1, retention.maxRuns());
                    removed += delete.executeUpdate();
                }
            }
            return removed;
        }), "prune");
    }

    @Override
    public void close() {
        // a connection is opened per operation and closed after it
    }

    private <T> T work(Work<T> work, String operation) {
        try (Connection connection = connections.open()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new MetricsRepositoryException("cannot " + operation + " the metrics repository " + location() + ": "
                    + e.getMessage(), e);
        }
    }

    private static <T> T inTransaction(Connection connection, Body<T> body) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = body.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
