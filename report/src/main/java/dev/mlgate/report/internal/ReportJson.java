package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes report.json in schema version {@value #SCHEMA_VERSION} (see {@code mlgate-report.schema.json}).
 * Everything is in unique-id order, numbers are written as the engine published them, and the only
 * time is the top-level {@code generatedAt}, so the same inputs give the same bytes.
 */
public final class ReportJson {

    /** The version of report.json's schema; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    private ReportJson() {
    }

    /** The report's bytes. */
    public static byte[] render(Run run) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("generatedAt", run.generatedAt().toString());
        root.set("run", run(run.info()));
        root.put("verdict", run.verdict().word());
        ObjectNode counts = root.putObject("counts");
        Map<Status, Integer> tally = new EnumMap<>(Status.class);
        run.checks().forEach(check -> tally.merge(check.status(), 1, Integer::sum));
        for (Status status : Status.values()) {
            counts.put(status.word(), tally.getOrDefault(status, 0));
        }
        ArrayNode suites = root.putArray("suites");
        run.suites().forEach(suite -> suites.add(suite(suite)));
        return Json.pretty(root);
    }

    private static ObjectNode run(RunInfo info) {
        ObjectNode run = Json.MAPPER.createObjectNode();
        Json.putText(run, "mlgateVersion", info.mlgateVersion());
        Json.putText(run, "jvm", info.jvm());
        Json.putText(run, "gitCommit", info.gitCommit());
        Json.putNumber(run, "seed", info.seed());
        Json.putText(run, "configHash", info.configHash());
        if (info.complete() == null) {
            run.putNull("complete");
        } else {
            run.put("complete", info.complete());
        }
        run.put("partial", !Boolean.TRUE.equals(info.complete()));
        ArrayNode missing = run.putArray("missing");
        info.missing().forEach(missing::add);
        return run;
    }

    private static ObjectNode suite(Suite suite) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("uniqueId", suite.uniqueId());
        Json.putText(node, "kind", suite.kind());
        Json.putText(node, "class", suite.className());
        node.put("displayName", suite.displayName());
        node.put("status", suite.status().word());
        Json.putText(node, "message", suite.message());
        ArrayNode artifacts = node.putArray("artifacts");
        for (Artifact artifact : suite.artifacts()) {
            ObjectNode item = artifacts.addObject();
            Json.putText(item, "role", artifact.role());
            Json.putText(item, "path", artifact.path());
            Json.putText(item, "sha256", artifact.sha256());
            Json.putNumber(item, "rows", artifact.rows());
            Json.putNumber(item, "bytes", artifact.bytes());
        }
        ObjectNode charts = node.putObject("charts");
        suite.charts().forEach(charts::set);
        ArrayNode checks = node.putArray("checks");
        suite.checks().forEach(check -> checks.add(check(check)));
        return node;
    }

    private static ObjectNode check(Check check) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("uniqueId", check.uniqueId());
        Json.putText(node, "parentId", check.parentId());
        node.put("kind", check.kind());
        Json.putText(node, "class", check.className());
        Json.putText(node, "member", check.member());
        node.put("displayName", check.displayName());
        Json.putText(node, "slice", check.slice());
        Json.putText(node, "column", check.column());
        node.put("status", check.status().word());
        node.put("blocking", check.blocking());
        Json.putText(node, "metric", check.metric());
        Json.putNumber(node, "observed", check.observed());
        Json.putText(node, "expected", check.expected());
        if (check.intervalLower() != null || check.intervalUpper() != null) {
            ObjectNode interval = node.putObject("interval");
            Json.putNumber(interval, "lower", check.intervalLower());
            Json.putNumber(interval, "upper", check.intervalUpper());
        }
        Json.putNumber(node, "p", check.p());
        Json.putNumber(node, "pAdjusted", check.pAdjusted());
        ArrayNode examples = node.putArray("examples");
        for (Example example : check.examples()) {
            ObjectNode item = examples.addObject();
            Json.putNumber(item, "row", example.row());
            Json.putText(item, "value", example.value());
        }
        Json.putText(node, "message", check.message());
        ObjectNode details = node.putObject("details");
        check.details().forEach(details::put);
        if (check.histogram() != null) {
            node.set("histogram", check.histogram());
        }
        return node;
    }
}
