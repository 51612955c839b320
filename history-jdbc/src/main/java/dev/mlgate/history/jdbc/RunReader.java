package dev.mlgate.history.jdbc;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.RunRecord;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the runs a {@link HistoryQuery} selects, oldest first: the newest {@code last} matching runs by time
 * (ties: the later appended is newer), then their metrics and tags in two more queries.
 */
final class RunReader {

    /** A selected run before its metrics and tags are attached. */
    private record Row(long id, String runId, String subject, Instant time) {
    }

    private RunReader() {
    }

    /** The selected runs; with {@code metric}, only those that measured it count toward {@code last}. */
    static List<RunRecord> read(Connection connection, HistoryQuery query, Optional<String> metric)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.run_id, r.subject, r.run_time FROM mlgate_run r"
                + " WHERE r.subject = ?");
        List<Object> parameters = new ArrayList<>(List.of(query.subject()));
        query.since().ifPresent(time -> {
            sql.append(" AND r.run_time >= ?");
            parameters.add(OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        });
        query.before().ifPresent(time -> {
            sql.append(" AND r.run_time < ?");
            parameters.add(OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        });
        query.tags().forEach((name, value) -> {
            sql.append(" AND EXISTS (SELECT 1 FROM mlgate_run_tag t WHERE t.run = r.id AND t.name = ? AND t.value = ?)");
            parameters.add(name);
            parameters.add(value);
        });
        metric.ifPresent(name -> {
            sql.append(" AND EXISTS (SELECT 1 FROM mlgate_metric m WHERE m.run = r.id AND m.name = ?)");
            parameters.add(name);
        });
        sql.append(" ORDER BY r.run_time DESC, r.id DESC");
        if (query.last() > 0) {
            sql.append(" LIMIT ?");
            parameters.add(query.last());
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            result.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        Collections.reverse(rows);
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, Map<String, Double>> metrics = pairs(connection, "mlgate_metric", ids, Double.class);
        Map<Long, Map<String, String>> tags = pairs(connection, "mlgate_run_tag", ids, String.class);
        List<RunRecord> runs = new ArrayList<>();
        for (Row row : rows) {
            runs.add(new RunRecord(row.runId(), row.subject(), row.time(), tags.getOrDefault(row.id(), Map.of()),
                    metrics.getOrDefault(row.id(), Map.of())));
        }
        return List.copyOf(runs);
    }

    private static <V> Map<Long, Map<String, V>> pairs(Connection connection, String table, Long[] ids,
            Class<V> type) throws SQLException {
        Map<Long, Map<String, V>> pairs = new HashMap<>();
        if (ids.length == 0) {
            return pairs;
        }
        Array array = connection.createArrayOf("bigint", ids);
        try (PreparedStatement select = connection.prepareStatement("SELECT run, name, value FROM " + table
                + " WHERE run = ANY (?)")) {
            select.setArray(1, array);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    pairs.computeIfAbsent(result.getLong(1), id -> new HashMap<>())
                            .put(result.getString(2), result.getObject(3, type));
                }
            }
        } finally {
            array.free();
        }
        return pairs;
    }
}
