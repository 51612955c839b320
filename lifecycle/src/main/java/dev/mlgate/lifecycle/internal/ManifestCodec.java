package dev.mlgate.lifecycle.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.lifecycle.BaselineFile;
import dev.mlgate.lifecycle.ManifestEntry.Action;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.RecordedMetric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A manifest entry as one JSON line, and back; fields in a fixed order so that manifests diff cleanly. */
public final class ManifestCodec {

    /** The manifest format's version, written on every line. */
    public static final int FORMAT = 1;

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestCodec() {
    }

    /** The entry's line, without the line break. */
    public static String line(ManifestEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("id", entry.id());
        node.put("action", entry.action().name());
        node.put("model", entry.model());
        node.put("time", entry.time().toString());
        node.put("by", entry.by());
        node.put("bySource", entry.bySource());
        node.put("reason", entry.reason());
        node.put("approvedAt", entry.approvedAt().toString());
        node.put("gitCommit", entry.gitCommit());
        node.put("runId", entry.runId());
        node.put("reportSha256", entry.reportSha256());
        node.put("restores", entry.restores());
        var files = node.putArray("files");
        entry.files().forEach(file -> files.addObject().put("role", file.role()).put("path", file.path())
                .put("sha256", file.sha256()).put("source", file.source()));
        ObjectNode metrics = node.putObject("metrics");
        new TreeMap<>(entry.metrics()).forEach((id, metric) -> metrics.putObject(id).put("metric", metric.metric())
                .put("value", metric.value()).put("higherIsBetter", metric.higherIsBetter()));
        ObjectNode datasets = node.putObject("datasets");
        new TreeMap<>(entry.datasets()).forEach(datasets::put);
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** The entry of a line; throws {@link IllegalArgumentException} naming what is wrong. */
    public static ManifestEntry parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<BaselineFile> files = new ArrayList<>();
        for (JsonNode file : node.path("files")) {
            files.add(new BaselineFile(required(file, "role"), required(file, "path"), required(file, "sha256"),
                    text(file, "source")));
        }
        Map<String, RecordedMetric> metrics = new LinkedHashMap<>();
        node.path("metrics").fields().forEachRemaining(field -> metrics.put(field.getKey(), new RecordedMetric(
                text(field.getValue(), "metric"), field.getValue().path("value").asDouble(Double.NaN),
                field.getValue().path("higherIsBetter").asBoolean(true))));
        Map<String, Long> datasets = new LinkedHashMap<>();
        node.path("datasets").fields().forEachRemaining(field -> datasets.put(field.getKey(), field.getValue().asLong()));
        return new ManifestEntry(required(node, "id"), Action.valueOf(required(node, "action")), text(node, "model"),
                Instant.parse(required(node, "time")), text(node, "by"), text(node, "bySource"), text(node, "reason"),
                Instant.parse(required(node, "approvedAt")), text(node, "gitCommit"), text(node, "runId"),
                text(node, "reportSha256"), text(node, "restores"), files, metrics, datasets);
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("no \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
