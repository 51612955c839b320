package dev.mlgate.examples.model;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a headed CSV file into rows of column name to raw text, keeping line numbers for messages. */
final class CsvRows {

    /** One data row: its 1-based line number in the file and its fields by column name. */
    record Row(long line, Map<String, String> fields) {
        String get(String column) {
            return fields.get(column);
        }
    }

    private CsvRows() {
    }

    static List<Row> read(Path csv) {
        List<Row> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord record : reader) {
                rows.add(new Row(record.getStartingLineNumber(),
                        Collections.unmodifiableMap(new LinkedHashMap<>(record.getFieldsAsMap()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return rows;
    }

    /** Parses a finite double or fails with a message naming file, line and column. */
    static double number(Path file, Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            throw new IllegalArgumentException(file + ": no column '" + column + "' (line " + row.line() + ")");
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    file + ": line " + row.line() + ", column '" + column + "': not a number: '" + text + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    file + ": line " + row.line() + ", column '" + column + "': not finite: '" + text + "'");
        }
        return value;
    }
}
