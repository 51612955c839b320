package dev.mlgate.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The suites and checks of one report.json, by unique id, so two runs' reports compare node by node. */
record ReportNodes(Map<String, JsonNode> suites, Map<String, JsonNode> checks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportNodes read(Path reportJson) throws IOException {
        Map<String, JsonNode> suites = new TreeMap<>();
        Map<String, JsonNode> checks = new TreeMap<>();
        for (JsonNode suite : JSON.readTree(reportJson.toFile()).get("suites")) {
            suites.put(suite.get("uniqueId").asText(), suite);
            for (JsonNode check : suite.get("checks")) {
                checks.put(check.get("uniqueId").asText(), check);
            }
        }
        return new ReportNodes(suites, checks);
    }
}
