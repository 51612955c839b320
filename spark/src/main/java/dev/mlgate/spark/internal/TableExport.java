package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.DatasetLocation;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.TableRequest;
import dev.mlgate.contract.internal.LocalBackend;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * The table a custom {@code @Check} reads: Java code over the whole table, which runs where the table is,
 * on the driver. The requested columns' fields stream from the executors one partition at a time into a
 * local CSV file (never all in the driver's memory at once), which the local backend then reads into the
 * table exactly as it reads a local file. Only up to {@value #MAX_ROWS_KEY} rows (default
 * {@value #DEFAULT_MAX_ROWS}): past it no table is built and the custom checks fail naming this limit, as the
 * backend contract asks.
 */
final class TableExport {

    /** Configuration key: the most rows a custom check's table may have on Spark. */
    static final String MAX_ROWS_KEY = "mlgate.spark.table.max-rows";
    static final long DEFAULT_MAX_ROWS = 1_000_000;

    private TableExport() {
    }

    static Optional<Table> table(ScanPlan plan, SparkInput input, long rows, CsvOptions csv, BackendContext context)
            throws IOException {
        if (plan.table().isEmpty()) {
            return Optional.empty();
        }
        long max = context.parameter(MAX_ROWS_KEY).map(TableExport::maxRows).orElse(DEFAULT_MAX_ROWS);
        if (rows > max) {
            return Optional.empty();
        }
        TableRequest request = plan.table().get();
        List<String> columns = request.columns().isEmpty() ? input.header()
                : request.columns().stream().filter(input.header()::contains).toList();
        Path directory = Files.createTempDirectory("mlgate-spark-table-");
        String location = plan.dataset().location();
        Path file = directory.resolve(location.substring(location.lastIndexOf('/') + 1).replaceAll("\\.(parquet|jsonl"
                + "|ndjson|json)$", "") + (location.endsWith(".csv") ? "" : ".csv"));
        try {
            String missing = csv.nullTokens().contains("") || csv.nullTokens().isEmpty() ? ""
                    : csv.nullTokens().stream().sorted().findFirst().orElseThrow();
            Iterator<Row> fields = input.rows().select(columns.stream().map(name -> col(ParsedValue.quoted(name))
                    .cast("string")).toArray(Column[]::new)).toLocalIterator();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(line(columns.toArray(), csv, missing));
                while (fields.hasNext()) {
                    Row row = fields.next();
                    Object[] values = new Object[row.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = row.get(i);
                    }
                    out.write(line(values, csv, missing));
                }
            }
            ScanPlan tablePlan = new ScanPlan(new DatasetLocation(file.toString(), "csv"), plan.columns(), Map.of(),
                    Set.of(), Set.of(), List.of(), plan.table(), plan.settings());
            return new LocalBackend().scan(tablePlan, context).table();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
    }

    /** One CSV record in the run's format: every field quoted, quotes doubled; a null as a null token. */
    private static String line(Object[] values, CsvOptions csv, String missing) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(csv.delimiter());
            }
            String text = values[i] == null ? missing : values[i].toString();
            String quote = String.valueOf(csv.quote());
            line.append(quote).append(text.replace(quote, quote + quote)).append(quote);
        }
        return line.append('\n').toString();
    }

    private static long maxRows(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_ROWS_KEY + " must be a whole number of rows, not '" + value + "'");
        }
    }
}
