package dev.mlgate.examples.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a week of daily training-data extracts from {@code data/train.csv}, reproducibly from a seed:
 * day {@code d} holds {@link #ROWS}[d - 1] rows drawn with replacement from the training rows, each with a
 * fresh {@code sample_id} so the key stays unique. The labelled data grows by 30 rows a day, except on
 * {@value #ANOMALOUS_DAY}, when the upstream export lost most of the day (120 rows): the day an anomaly
 * check on the row count must catch.
 *
 * <pre>java -cp examples/target/classes dev.mlgate.examples.history.WeekOfExtracts data/train.csv target/week 7</pre>
 */
public final class WeekOfExtracts {

    /** Rows of each day's extract, Monday first. */
    public static final int[] ROWS = {280, 310, 340, 370, 120, 430, 460};

    /** The day (1-based) whose extract lost most of its rows. */
    public static final int ANOMALOUS_DAY = 5;

    private WeekOfExtracts() {
    }

    /** Writes {@code day-1.csv} to {@code day-7.csv} into {@code dir} and returns their paths, Monday first. */
    public static List<Path> write(Path source, Path dir, long seed) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        String header = lines.get(0);
        List<String> rows = lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).toList();
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(dir);
        List<Path> days = new ArrayList<>();
        int nextId = 100_000;
        for (int day = 1; day <= ROWS.length; day++) {
            StringBuilder csv = new StringBuilder(header).append('\n');
            for (int i = 0; i < ROWS[day - 1]; i++) {
                String row = rows.get(random.nextInt(rows.size()));
                // sample_id is the first column: replace it so that a patient drawn twice is two samples
                csv.append(nextId++).append(row, row.indexOf(','), row.length()).append('\n');
            }
            Path file = dir.resolve("day-" + day + ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            days.add(file);
        }
        return days;
    }

    /** Arguments: the source CSV, the output directory, the seed. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2])).forEach(System.out::println);
    }
}
