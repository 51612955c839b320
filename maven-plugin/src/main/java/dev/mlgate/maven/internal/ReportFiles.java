package dev.mlgate.maven.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.maven.internal.ReportFile.DeclarationError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads promotion.json and report.json from a report directory; a broken file is a result, never an exception. */
public final class ReportFiles {

    /** promotion.json's file name. */
    public static final String PROMOTION = "promotion.json";

    /** report.json's file name. */
    public static final String REPORT = "report.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFiles() {
    }

    /** promotion.json in {@code directory}. */
    public static Loaded<PromotionFile> promotion(Path directory) {
        Path file = directory.resolve(PROMOTION);
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
            int schema = root.path("schemaVersion").asInt(0);
            if (schema != PromotionFile.SCHEMA_VERSION && schema != PromotionFile.PREVIOUS_SCHEMA_VERSION) {
                return new Loaded.Unreadable<>("it has schemaVersion " + root.path("schemaVersion").asText("(none)")
                        + ", this plugin reads schemaVersion " + PromotionFile.PREVIOUS_SCHEMA_VERSION + " or "
                        + PromotionFile.SCHEMA_VERSION + ": use mlgate-report and mlgate-maven-plugin of the same mlgate version");
            }
            List<String> reasons = new ArrayList<>();
            root.path("reasons").forEach(reason -> reasons.add(reason(reason)));
            return new Loaded.Present<>(new PromotionFile(schema, text(root, "runId"), text(root, "state"),
                    time(root, "startedAt"), time(root, "generatedAt"), text(root, "decision"), text(root, "verdict"),
                    reasons, root.path("partial").asBoolean(false), text(root, "reportSha256")));
        } catch (NoSuchFileException e) {
            return new Loaded.Absent<>();
        } catch (IOException | RuntimeException e) {
            return new Loaded.Unreadable<>(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                    + "; rerun the tests to write it anew");
        }
    }

    /** report.json in {@code directory}. */
    public static Loaded<ReportFile> report(Path directory) {
        Path file = directory.resolve(REPORT);
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode root = MAPPER.readTree(bytes);
            Map<String, Integer> counts = new LinkedHashMap<>();
            root.path("counts").properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
            List<String> classes = new ArrayList<>();
            List<DeclarationError> declarationErrors = new ArrayList<>();
            for (JsonNode suite : root.path("suites")) {
                String className = text(suite, "class");
                if (className != null) {
                    classes.add(className);
                }
                for (JsonNode check : suite.path("checks")) {
                    if ("declaration".equals(text(check, "kind")) && !"passed".equals(text(check, "status"))) {
                        String name = className != null ? className : text(suite, "displayName");
                        declarationErrors.add(new DeclarationError(name, text(check, "message")));
                    }
                }
            }
            JsonNode run = root.path("run");
            return new Loaded.Present<>(new ReportFile(sha256(bytes), counts, run.path("partial").asBoolean(false),
                    texts(run.path("missing")), classes, declarationErrors));
        } catch (NoSuchFileException e) {
            return new Loaded.Absent<>();
        } catch (IOException | RuntimeException e) {
            return new Loaded.Unreadable<>(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                    + "; rerun the tests to write it anew");
        }
    }

    /** The hex SHA-256 of {@code bytes}, as promotion.json's {@code reportSha256} writes it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A reason as a sentence: a string (schema 2), or an object's {@code name status: cause} (schema 3). */
    private static String reason(JsonNode reason) {
        if (!reason.isObject()) {
            return reason.asText();
        }
        String name = text(reason, "name");
        String status = text(reason, "status");
        String cause = reason.path("cause").asText("");
        return name == null ? cause : name + (status == null ? "" : " " + status) + ": " + cause;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant time(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant: " + text, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
