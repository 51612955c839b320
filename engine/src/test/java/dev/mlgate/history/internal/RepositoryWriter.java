package dev.mlgate.history.internal;

import dev.mlgate.history.RunRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A separate process that appends runs to a file repository: {@code <file> <writer> <count>} (count 0: until
 * killed). After each append it prints {@code appended <n>}, so a test knows how far it got.
 */
public final class RepositoryWriter {

    private RepositoryWriter() {
    }

    public static void main(String[] arguments) {
        FileRepository repository = new FileRepository(Path.of(arguments[0]));
        String writer = arguments[1];
        int count = Integer.parseInt(arguments[2]);
        for (int i = 0; count == 0 || i < count; i++) {
            repository.append(run(writer, i));
            System.out.println("appended " + (i + 1));
            System.out.flush();
        }
    }

    /** The {@code i}-th run of {@code writer}, with enough metrics to make each line a few kilobytes. */
    static RunRecord run(String writer, int i) {
        Map<String, Double> metrics = new HashMap<>();
        for (int m = 0; m < 100; m++) {
            metrics.put("gate:metric" + m, i + m / 1000.0);
        }
        metrics.put("rows", (double) i);
        return new RunRecord(writer + "-" + i, "com.acme.Suite", Instant.ofEpochSecond(1_700_000_000L + i),
                Map.of("writer", writer), metrics);
    }
}
