package dev.mlgate.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.parquet.schema.MessageType;

/**
 * Seeded data sets written twice, as CSV and as Parquet, from the same values: the Parquet file holds typed
 * values (dates as days, timestamps as micro- or milliseconds, decimals as unscaled longs), the CSV their text.
 */
final class Datasets {

    static final MessageType CUSTOMERS = ParquetFixtures.schema("message customers { required int64 id;"
            + " optional int32 age; optional double score; optional binary country (STRING);"
            + " optional int32 signup (DATE); optional int64 seen (TIMESTAMP(MICROS,true));"
            + " optional int64 local (TIMESTAMP(MILLIS,false)); optional boolean active;"
            + " required int64 amount (DECIMAL(12,2)); optional float ratio; }");
    static final MessageType PREDICTIONS = ParquetFixtures.schema("message predictions { required int64 id;"
            + " required int32 churned; required double p_churn; optional binary segment (STRING); }");

    private static final String[] COUNTRIES = {"DE", "FR", "US", "IT"};
    private static final String[] SEGMENTS = {"retail", "enterprise"};

    /** A data set: the typed values for Parquet and the text for CSV, row by row. */
    record Data(MessageType schema, List<Map<String, Object>> typed, List<Map<String, String>> text) {

        Path parquet(Path file) {
            return ParquetFixtures.write(file, schema, typed, ParquetFixtures.Options.DEFAULT);
        }

        Path csv(Path file) {
            StringBuilder csv = new StringBuilder(String.join(",", text.get(0).keySet())).append('\n');
            text.forEach(row -> csv.append(row.values().stream().map(v -> v == null ? "" : v)
                    .collect(Collectors.joining(","))).append('\n'));
            try {
                return Files.writeString(file, csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Datasets() {
    }

    static Data customers(int n, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> typed = new ArrayList<>();
        List<Map<String, String>> text = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> t = new LinkedHashMap<>();
            Map<String, String> s = new LinkedHashMap<>();
            put(t, s, "id", (long) i, Long.toString(i));
            Integer age = i % 13 == 0 ? null : 18 + random.nextInt(78);
            put(t, s, "age", age, age == null ? null : age.toString());
            Double score = i % 9 == 0 ? null : random.nextGaussian() * 0.15 + 0.5;
            put(t, s, "score", score, score == null ? null : score.toString());
            String country = i % 10 == 0 ? null : COUNTRIES[random.nextInt(i % 7 == 0 ? 4 : 3)];
            put(t, s, "country", country, country);
            LocalDate signup = i % 8 == 0 ? null : LocalDate.of(2019, 6, 1).plusDays(random.nextInt(2200));
            put(t, s, "signup", signup == null ? null : (int) signup.toEpochDay(), str(signup));
            Instant seen = i % 6 == 0 ? null : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 3600L)
                    .plusNanos(random.nextInt(1_000_000) * 1000L);
            put(t, s, "seen", seen == null ? null : seen.getEpochSecond() * 1_000_000 + seen.getNano() / 1000, str(seen));
            LocalDateTime local = i % 5 == 0 ? null : LocalDateTime.of(2024, 3, 1, 0, 0).plusMinutes(i * 7L)
                    .plusNanos(random.nextInt(1000) * 1_000_000L);
            put(t, s, "local", local == null ? null : local.toInstant(ZoneOffset.UTC).toEpochMilli(), str(local));
            Boolean active = i % 4 == 0 ? null : random.nextDouble() < 0.3;
            put(t, s, "active", active, str(active));
            long cents = 1 + random.nextInt(500_000);
            put(t, s, "amount", cents, BigDecimal.valueOf(cents, 2).toPlainString());
            Float ratio = i % 3 == 0 ? null : random.nextFloat();
            put(t, s, "ratio", ratio, str(ratio));
            typed.add(t);
            text.add(s);
        }
        return new Data(CUSTOMERS, typed, text);
    }

    /** Predictions of a model whose score follows the label with noise {@code noise}. */
    static Data predictions(int n, long seed, double noise) {
        Random random = new Random(seed);
        List<Map<String, Object>> typed = new ArrayList<>();
        List<Map<String, String>> text = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = random.nextDouble() < 0.3 ? 1 : 0;
            double score = Math.min(1, Math.max(0, label * 0.4 + 0.3 + random.nextGaussian() * noise));
            String segment = SEGMENTS[i % 2];
            Map<String, Object> t = new LinkedHashMap<>();
            Map<String, String> s = new LinkedHashMap<>();
            put(t, s, "id", (long) i, Long.toString(i));
            put(t, s, "churned", label, Integer.toString(label));
            put(t, s, "p_churn", score, Double.toString(score));
            put(t, s, "segment", segment, segment);
            typed.add(t);
            text.add(s);
        }
        return new Data(PREDICTIONS, typed, text);
    }

    private static void put(Map<String, Object> typed, Map<String, String> text, String name, Object value,
            String shown) {
        typed.put(name, value);
        text.put(name, shown);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
