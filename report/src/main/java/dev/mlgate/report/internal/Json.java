package dev.mlgate.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** JSON reading and writing shared by the report files: one mapper, "\n" line ends, numbers written verbatim. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

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
