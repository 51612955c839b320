package dev.mlgate.report.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** JSON reading and writing shared by the report files: one mapper, "\n" line ends, numbers written verbatim. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    // Writes a subtree into a generator as it stands, without flushing the file after each one.
    private static final ObjectWriter NODES = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private Json() {
    }

    /** Parses {@code text} as JSON, or returns null when it is absent or not JSON. */
    static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Puts a number exactly as the engine wrote it: as a JSON number when the text is one
     * ({@code 0.828125}, {@code 1.0E-5}), else (Infinity, NaN) as a string; nothing when absent.
     */
    static void putNumber(ObjectNode node, String field, String text) {
        if (text == null) {
            return;
        }
        String trimmed = text.trim();
        if (JSON_NUMBER.matcher(trimmed).matches()) {
            node.putRawValue(field, new RawValue(trimmed));
        } else {
            node.put(field, trimmed);
        }
    }

    /** Puts a string field unless the value is absent. */
    static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Whether the text is a JSON number (and so a finite double). */
    static boolean isNumber(String text) {
        return text != null && JSON_NUMBER.matcher(text.trim()).matches();
    }

    /**
     * A generator that writes what {@link #pretty} would, as UTF-8 to {@code out}, as it goes; closing it
     * flushes and leaves {@code out} open.
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = PRETTY.createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    /** Writes a number field as {@link #putNumber} puts it. */
    static void number(JsonGenerator json, String field, String text) throws IOException {
        if (text == null) {
            return;
        }
        String trimmed = text.trim();
        json.writeFieldName(field);
        if (JSON_NUMBER.matcher(trimmed).matches()) {
            json.writeRawValue(trimmed);
        } else {
            json.writeString(trimmed);
        }
    }

    /** Writes a string field unless the value is absent. */
    static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    /** Writes {@code node} as the next value. */
    static void tree(JsonGenerator json, JsonNode node) throws IOException {
        NODES.writeValue(json, node);
    }

    /** Pretty-printed UTF-8 bytes with "\n" line ends and a final newline. */
    static byte[] pretty(JsonNode node) {
        try {
            return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    /** One line of compact JSON, without a line end. */
    static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }
}
