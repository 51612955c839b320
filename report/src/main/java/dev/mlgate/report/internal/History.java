package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric history: one JSON line per run, mapping each gate's unique id to its observed value (for
 * the trends), and two series that say whether to retrain: the production model's metric on each run's
 * evaluation rows ({@code production}, from the comparisons' baseline side) and the data's statistics
 * ({@code data}, from contract constraints such as a column's mean). The candidate's own values are never
 * judged against history: its gates already say whether it is good enough.
 * <ul>
 *   <li>The production model has <em>degraded</em> when its metric is worse than the median of its last
 *       {@value #MEDIAN_RUNS} recorded values by more than {@value #TOLERANCE}, in the metric's direction.</li>
 *   <li>The data has <em>shifted</em> when a statistic of a passing constraint is further than
 *       {@value #DATA_SHIFT} (relative) from the median of its last {@value #MEDIAN_RUNS} values.</li>
 * </ul>
 */
public final class History {

    /** How many earlier runs the median of "degraded against history" is taken over. */
    public static final int MEDIAN_RUNS = 5;

    /** How much worse than that median the production model's metric must be to count as degraded. */
    public static final double TOLERANCE = 0.01;

    /** How far, relative to that median, a data statistic must move to count as shifted. */
    public static final double DATA_SHIFT = 0.10;

    /** How many runs, the current one included, a trend shows. */
    public static final int TREND_RUNS = 20;

    /** The history line's fields of the production model's metrics and of the data's statistics. */
    static final String PRODUCTION = "production";
    static final String DATA = "data";

    private static final Object APPEND_LOCK = new Object();

    private static final Pattern BOUND = Pattern.compile("(>=|<=)\\s*(-?[0-9.]+(?:[eE][+-]?[0-9]+)?)");

    /** How many values of each gate are kept from the file: as many as a trend or a median needs. */
    private static final int KEPT = Math.max(MEDIAN_RUNS, TREND_RUNS - 1);

    /** Each gate's last {@link #KEPT} finite values, oldest first. */
    private final Map<String, ArrayDeque<Double>> values;

    private History(Map<String, ArrayDeque<Double>> values) {
        this.values = values;
    }

    /**
     * Reads a history file; a missing file is an empty history, and a line that is not valid is skipped.
     * The file is read a line at a time and only the values a trend or median needs are kept, so the
     * memory it takes does not grow with the number of runs recorded.
     */
    public static History read(Path file) throws IOException {
        return read(Disk.REAL, file);
    }

    /** As {@link #read(Path)}, through {@code disk}. */
    static History read(Disk disk, Path file) throws IOException {
        Map<String, ArrayDeque<Double>> values = new HashMap<>();
        Optional<InputStream> content = disk.read(file);
        if (content.isEmpty()) {
            return new History(values);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(content.get(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // Decoded leniently: a torn or foreign line must not make the history unreadable.
                JsonNode node = Json.parseOrNull(line);
                if (node == null || !node.path("metrics").isObject()) {
                    continue;
                }
                keep(values, node.path("metrics"), "");
                keep(values, node.path(PRODUCTION), PRODUCTION + ":");
                keep(values, node.path(DATA), DATA + ":");
            }
        }
        return new History(values);
    }

    private static void keep(Map<String, ArrayDeque<Double>> values, JsonNode series, String prefix) {
        series.fields().forEachRemaining(field -> {
            double value = field.getValue().doubleValue();
            if (field.getValue().isNumber() && Double.isFinite(value)) {
                ArrayDeque<Double> kept = values.computeIfAbsent(prefix + field.getKey(), id -> new ArrayDeque<>());
                if (kept.size() == KEPT) {
                    kept.removeFirst();
                }
                kept.addLast(value);
            }
        });
    }

    /** The gates whose value is tracked: gates and comparisons (and their slices) with a finite observed value. */
    static List<Check> tracked(Run run) {
        return run.checks().stream()
                .filter(check -> check.kind().equals("gate") || check.kind().equals("comparison"))
                .filter(check -> Json.isNumber(check.observed()))
                .toList();
    }

    /** The history line of {@code run}: its time, commit, verdict, completeness and tracked values. */
    static String line(Run run) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("generatedAt", run.generatedAt().toString());
        Json.putText(node, "gitCommit", run.info().gitCommit());
        node.put("verdict", run.verdict().word());
        node.put("complete", Boolean.TRUE.equals(run.info().complete()));
        ObjectNode metrics = node.putObject("metrics");
        tracked(run).forEach(check -> Json.putNumber(metrics, check.uniqueId(), check.observed()));
        ObjectNode production = node.putObject(PRODUCTION);
        Series.production(run).forEach(series -> production.put(series.key(), series.value()));
        ObjectNode data = node.putObject(DATA);
        Series.data(run).forEach(series -> data.put(series.key(), series.value()));
        return Json.line(node);
    }

    /**
     * Appends {@code run}'s line to {@code file} under an exclusive lock, in one write: the file is never
     * rewritten, so concurrent runs lose no line, and lines this version does not understand (another
     * tool's, a comment, a torn line of a killed run) stay as they are. A torn last line (no newline) is
     * closed first, so the new line starts on its own.
     */
    static void append(Path file, Run run) throws IOException {
        append(Disk.REAL, file, run);
    }

    /** As {@link #append(Path, Run)}, through {@code disk}. */
    static void append(Disk disk, Path file, Run run) throws IOException {
        // A file lock excludes other processes; within one JVM a second lock of the same file would throw.
        synchronized (APPEND_LOCK) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                disk.createDirectories(parent);
            }
            try (Disk.Appender appender = disk.append(file)) {
                int last = appender.lastByte();
                byte[] line = ((last != -1 && last != '\n' ? "\n" : "") + line(run) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                appender.write(line, 0, line.length);
                appender.force();
            }
        }
    }

    /**
     * A series that moved away from its own history: the production model's metric got worse, or a
     * statistic of the data shifted (see {@link History}). A reason to retrain, never a verdict on the candidate.
     */
    public record Degradation(Series series, double median, int runs) {

        /** The check the value was read from: a comparison (its baseline side) or a constraint. */
        public Check check() {
            return series.check();
        }

        /** The current value minus the median of the earlier runs. */
        public double difference() {
            return series.value() - median;
        }

        /** The kind of retraining signal: {@code production-trend} or {@code data-shift}. */
        public String kind() {
            return series.kind() == Series.Kind.PRODUCTION ? "production-trend" : "data-shift";
        }

        /** One line for promotion.json and the reports, with numbers for people. */
        public String describe() {
            String value = Figures.value(series.value());
            String base = Figures.value(median);
            String over = " over its last " + Figures.count(runs) + (runs == 1 ? " run" : " runs");
            if (series.kind() == Series.Kind.PRODUCTION) {
                return series.subject() + " is " + value + ", worse than its median " + base + over + " (difference "
                        + signed(difference()) + "; " + (series.higherIsBetter() ? "higher" : "lower") + " is better)";
            }
            String change = median == 0 ? signed(difference()) : Figures.share(difference() / Math.abs(median));
            return series.subject() + " is " + value + ", away from its median " + base + over + " (change "
                    + (change.startsWith("-") || change.startsWith("+") ? change : "+" + change) + ")";
        }

        /** The numbers behind the signal. */
        public Map<String, Double> numbers() {
            Map<String, Double> numbers = new LinkedHashMap<>();
            numbers.put("value", series.value());
            numbers.put("median", median);
            numbers.put("runs", (double) runs);
            numbers.put("difference", difference());
            return numbers;
        }

        static String signed(double difference) {
            String text = Figures.value(difference);
            return difference > 0 ? "+" + text : text;
        }
    }

    /**
     * The production model's metrics that degraded and the data statistics that shifted in {@code run},
     * against this (earlier) history; see the class comment for the rules.
     */
    public List<Degradation> degradations(Run run) {
        List<Degradation> found = new ArrayList<>();
        for (Series series : Series.production(run)) {
            double[] recent = recent(PRODUCTION + ":" + series.key(), MEDIAN_RUNS);
            if (recent.length == 0) {
                continue;
            }
            double median = median(recent);
            boolean higher = series.higherIsBetter();
            if (higher ? series.value() < median - TOLERANCE : series.value() > median + TOLERANCE) {
                found.add(new Degradation(series, median, recent.length));
            }
        }
        for (Series series : Series.data(run)) {
            double[] recent = recent(DATA + ":" + series.key(), MEDIAN_RUNS);
            if (recent.length == 0 || series.check().status() != Status.PASSED) {
                continue; // a constraint that did not pass is a reason already, not a trend to restate
            }
            double median = median(recent);
            if (Math.abs(series.value() - median) > DATA_SHIFT * Math.abs(median)) {
                found.add(new Degradation(series, median, recent.length));
            }
        }
        return found;
    }

    /** The last values of a gate, oldest first, at most {@code count}, for a trend that ends with {@code run}. */
    public double[] trend(Check check) {
        double[] earlier = recent(check.uniqueId(), TREND_RUNS - 1);
        double[] values = Arrays.copyOf(earlier, earlier.length + 1);
        values[earlier.length] = Double.parseDouble(check.observed());
        return values;
    }

    private double[] recent(String uniqueId, int count) {
        ArrayDeque<Double> kept = values.getOrDefault(uniqueId, new ArrayDeque<>());
        return kept.stream().skip(Math.max(0, kept.size() - count)).mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether higher is better for a gate: its direction detail, else its expectation's bound; null if unknown. */
    static Boolean higherIsBetter(Check check) {
        String direction = check.details().get("direction");
        if (direction != null) {
            String word = direction.trim().toLowerCase(Locale.ROOT);
            return word.equals("higher") ? Boolean.TRUE : word.equals("lower") ? Boolean.FALSE : null;
        }
        Matcher bound = check.expected() == null ? null : BOUND.matcher(check.expected());
        return bound != null && bound.find() ? bound.group(1).equals(">=") : null;
    }

    /** The threshold in a gate's expectation ({@code >= 0.8} gives 0.8), or NaN. */
    static double threshold(Check check) {
        Matcher bound = check.expected() == null ? null : BOUND.matcher(check.expected());
        if (bound == null || !bound.find()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(bound.group(2));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

}
