package dev.mlgate.data.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of a JSON Lines file as a flat object: keys to scalar values, kept as their JSON text.
 *
 * <p>Strings become their content; numbers their text as written ({@code 1.50} stays {@code "1.50"});
 * booleans {@code "true"}/{@code "false"}; {@code null} a missing value. {@code NaN} and {@code Infinity},
 * which Python's {@code json} module writes, are accepted as numbers so that a check can report them
 * by row. Arrays and objects as values are errors: a row holds scalars.
 */
final class JsonObjectReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Path file;

    JsonObjectReader(Path file) {
        this.file = file;
    }

    /** The keys of the first object, on {@code line}, in order: the header. */
    String[] keys(char[] buf, int start, int end, long line) {
        List<String> keys = new ArrayList<>();
        read(buf, start, end, line, 1L, (key, value) -> keys.add(key));
        return keys.toArray(String[]::new);
    }

    /** Reads the object on a line into {@code row}, whose columns are {@code columns}. */
    void values(char[] buf, int start, int end, JsonRow row, ColumnIndex columns, long[] seen) {
        row.clear();
        read(buf, start, end, row.lineNumber, row.rowNumber, (key, value) -> {
            int column = columns.indexOf(key);
            if (column < 0) {
                throw new ArtifactException(file, row.lineNumber, row.rowNumber, key, "this key is not in the"
                        + " first object, whose keys are the columns: " + columns, null);
            }
            if (seen[column] == row.rowNumber) {
                throw new ArtifactException(file, row.lineNumber, row.rowNumber, key,
                        "the object has this key twice", null);
            }
            seen[column] = row.rowNumber;
            row.values[column] = value;
        });
    }

    private void read(char[] buf, int start, int end, long line, Long row, Entries entries) {
        try (JsonParser parser = FACTORY.createParser(buf, start, end - start)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ArtifactException(file, line, row, null,
                        "expected a JSON object, found " + describe(first), null);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String key = parser.currentName();
                entries.accept(key, scalar(parser, parser.nextToken(), line, row, key));
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new ArtifactException(file, line, row, null, "more than one JSON value on the line: found "
                        + describe(after) + " after the object (JSON Lines holds one object per line)", null);
            }
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at character " + e.getLocation().getColumnNr();
            throw new ArtifactException(file, line, row, null, "malformed JSON" + at + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ArtifactException(file, line, row, null, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    private String scalar(JsonParser parser, JsonToken token, long line, Long row, String key) throws IOException {
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw new ArtifactException(file, line, row, key, "found "
                    + (token == JsonToken.START_OBJECT ? "a nested object" : describe(token)) + " where a single value (string, number, boolean or null) is"
                            + " expected", null);
        };
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /** Receives one key and its value. */
    @FunctionalInterface
    private interface Entries {
        void accept(String key, String value);
    }
}
