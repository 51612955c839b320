package dev.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the files a run left in a report directory. */
final class ReportFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFiles() {
    }

    static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text values of {@code field} of each element of an array. */
    static List<String> field(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    /** The check with {@code uniqueId} from report.json, or a missing node. */
    static JsonNode check(JsonNode report, String uniqueId) {
        for (JsonNode suite : report.path("suites")) {
            for (JsonNode check : suite.path("checks")) {
                if (check.path("uniqueId").asText().equals(uniqueId)) {
                    return check;
                }
            }
        }
        return MAPPER.missingNode();
    }

    static String id(Class<?> suite, String segment) {
        return "[engine:mlgate]/[suite:" + suite.getName() + "]/" + segment;
    }
}
