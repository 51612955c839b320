package dev.mlgate.history.jdbc;

import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.RepositorySettings;
import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A separate process appending runs to a JDBC repository: {@code <url> <writer> <count>} (count 0: until
 * killed), printing {@code appended <n>} after each append.
 */
public final class JdbcWriter {

    private JdbcWriter() {
    }

    public static void main(String[] arguments) {
        RepositorySettings settings = new RepositorySettings(arguments[0], Path.of(""), Map.of(), Retention.FOREVER,
                Optional.empty(), Optional.empty());
        int count = Integer.parseInt(arguments[2]);
        try (MetricsRepository repository = MetricsRepositories.open(settings)) {
            for (int i = 0; count == 0 || i < count; i++) {
                repository.append(run(arguments[1], i));
                System.out.println("appended " + (i + 1));
                System.out.flush();
            }
        }
    }

    /** The {@code i}-th run of {@code writer}: 200 metrics, so an append is many rows in one transaction. */
    static RunRecord run(String writer, int i) {
        Map<String, Double> metrics = new HashMap<>();
        for (int m = 0; m < 200; m++) {
            metrics.put("gate:metric" + m, i + m / 1000.0);
        }
        return new RunRecord(writer + "-" + i, "com.acme.Suite", Instant.ofEpochSecond(1_700_000_000L + i, 123_456_000),
                Map.of("writer", writer), metrics);
    }
}
