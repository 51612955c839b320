package dev.mlgate.data.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Streams the objects of a JSON Lines file through one Jackson parser, holding it to one flat object per
 * line.
 *
 * <p>Values are kept as their JSON text: strings their content, numbers as written ({@code 1.50} stays
 * {@code "1.50"}), booleans {@code "true"}/{@code "false"}, {@code null} a missing value. {@code NaN} and
 * {@code Infinity}, which Python's {@code json} module writes, are accepted as numbers so that a check can
 * report them by row. An array or object as a value, two values on one line, or an object spread over
 * several lines are errors. Blank lines are skipped; a leading byte-order mark too.
 */
final class JsonLinesReader implements AutoCloseable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Path file;
    private final JsonParser parser;
    private long line;
    private long lastLine;
    private long row;

    JsonLinesReader(Path file, Reader reader) {
        this.file = file;
        try {
            this.parser = FACTORY.createParser(skipByteOrderMark(reader));
        } catch (IOException e) {
            ArtifactInput.closeQuietly(reader);
            throw new ArtifactException(file, 1L, null, null, ArtifactInput.reason(e), e);
        }
    }

    /** The line of the current object. */
    long line() {
        return line;
    }

    /** Moves to the next object; {@code false} at the end of the file. */
    boolean next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return false;
            }
            long tokenLine = parser.currentTokenLocation().getLineNr();
            if (tokenLine == lastLine) {
                throw new ArtifactException(file, line, row, null, "more than one JSON value on the line: found "
                        + describe(token) + " after the object (JSON Lines holds one object per line)", null);
            }
            row++;
            line = tokenLine;
            if (token != JsonToken.START_OBJECT) {
                throw new ArtifactException(file, line, row, null, "expected a JSON object, found "
                        + describe(token), null);
            }
            return true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Reads the current object's entries, key and value text, into {@code entries}. */
    void entries(BiConsumer<String, String> entries) {
        try {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String key = parser.currentName();
                entries.accept(key, scalar(parser.nextToken(), key));
            }
            lastLine = parser.currentTokenLocation().getLineNr();
            if (lastLine != line) {
                throw new ArtifactException(file, line, row, null, "the object starting on this line ends on"
                        + " line " + lastLine + " (JSON Lines holds one object per line)", null);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** An error about the current object, or one of its keys. */
    ArtifactException error(String key, String reason) {
        return new ArtifactException(file, line, row, key, reason, null);
    }

    private String scalar(JsonToken token, String key) throws IOException {
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw error(key, "found " + (token == JsonToken.START_OBJECT ? "a nested object"
                    : describe(token)) + " where a single value (string, number, boolean or null) is expected");
        };
    }

    private ArtifactException failure(IOException e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation() == null ? parser.currentLocation() : json.getLocation();
            String problem = withoutSourceDetails(json.getOriginalMessage());
            if (row > 0 && at.getLineNr() > line && line > lastLine) {
                return new ArtifactException(file, line, row, null, "malformed JSON: the object starting on this"
                        + " line does not end on it (at line " + at.getLineNr() + ", character " + at.getColumnNr()
                        + ": " + problem + ")", e);
            }
            return new ArtifactException(file, (long) at.getLineNr(), row == 0 ? null : row, null,
                    "malformed JSON at character " + at.getColumnNr() + ": " + problem, e);
        }
        return new ArtifactException(file, (long) parser.currentLocation().getLineNr(), row == 0 ? null : row,
                null, ArtifactInput.reason(e), e);
    }

    /** Jackson's message without the "(start marker at [Source: REDACTED ...])" it appends. */
    private static String withoutSourceDetails(String message) {
        int details = message.indexOf(" (start marker at [Source:");
        return details < 0 ? message : message.substring(0, details);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    @Override
    public void close() {
        ArtifactInput.closeQuietly(parser);
    }
}
