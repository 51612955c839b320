package dev.mlgate.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.BaselineInForce;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes report.json in schema version {@value #SCHEMA_VERSION} (see {@code mlgate-report.schema.json}).
 * Everything is in unique-id order, numbers are written as the engine published them, and the only
 * time is the top-level {@code generatedAt}, so the same inputs give the same bytes. The report is
 * streamed to its file as it is generated, never held whole in memory: a run of thousands of suites
 * needs no more heap for its report than for its results.
 */
public final class ReportJson {

    /** The version of report.json's schema; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    private ReportJson() {
    }

    /** The report's bytes, for a report small enough to hold in memory. */
    public static byte[] render(Run run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(run, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the report to {@code out}, which stays open. */
    public static void write(Run run, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("generatedAt", run.generatedAt().toString());
            json.writeFieldName("run");
            run(json, run.info());
            json.writeStringField("verdict", run.verdict().word());
            json.writeObjectFieldStart("counts");
            Map<Status, Integer> tally = new EnumMap<>(Status.class);
            run.suites().forEach(suite -> suite.checks().forEach(check -> tally.merge(check.status(), 1, Integer::sum)));
            for (Status status : Status.values()) {
                json.writeNumberField(status.word(), tally.getOrDefault(status, 0));
            }
            json.writeEndObject();
            baselines(json, run);
            json.writeArrayFieldStart("suites");
            for (Suite suite : run.suites()) {
                suite(json, suite);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw("\n");
        }
    }

    /** The approved baselines the suites read through a manifest, and their age when the report was written. */
    private static void baselines(JsonGenerator json, Run run) throws IOException {
        json.writeArrayFieldStart("baselines");
        for (BaselineInForce baseline : run.baselines()) {
            json.writeStartObject();
            json.writeStringField("suite", baseline.suiteId());
            Json.text(json, "manifest", baseline.manifest());
            Json.text(json, "role", baseline.role());
            json.writeStringField("id", baseline.id());
            Json.text(json, "origin", baseline.origin());
            Json.text(json, "action", baseline.action());
            json.writeStringField("approvedAt", baseline.approvedAt().toString());
            json.writeNumberField("ageDays", baseline.ageDays(run.generatedAt()));
            Json.text(json, "by", baseline.by());
            Json.text(json, "runId", baseline.runId());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void run(JsonGenerator json, RunInfo info) throws IOException {
        json.writeStartObject();
        Json.text(json, "mlgateVersion", info.mlgateVersion());
        Json.text(json, "jvm", info.jvm());
        Json.text(json, "gitCommit", info.gitCommit());
        Json.number(json, "seed", info.seed());
        Json.text(json, "configHash", info.configHash());
        if (info.complete() == null) {
            json.writeNullField("complete");
        } else {
            json.writeBooleanField("complete", info.complete());
        }
        json.writeBooleanField("partial", !Boolean.TRUE.equals(info.complete()));
        json.writeArrayFieldStart("missing");
        for (String missing : info.missing()) {
            json.writeString(missing);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("model");
        nullable(json, "name", info.model().name());
        nullable(json, "version", info.model().version());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    private static void suite(JsonGenerator json, Suite suite) throws IOException {
        json.writeStartObject();
        json.writeStringField("uniqueId", suite.uniqueId());
        Json.text(json, "kind", suite.kind());
        Json.text(json, "class", suite.className());
        json.writeStringField("displayName", suite.displayName());
        json.writeStringField("status", suite.status().word());
        Json.text(json, "message", suite.message());
        json.writeArrayFieldStart("artifacts");
        for (Artifact artifact : suite.artifacts()) {
            json.writeStartObject();
            Json.text(json, "role", artifact.role());
            Json.text(json, "path", artifact.path());
            Json.text(json, "sha256", artifact.sha256());
            Json.number(json, "rows", artifact.rows());
            Json.number(json, "bytes", artifact.bytes());
            Json.text(json, "model", artifact.model());
            if (!artifact.facts().isEmpty()) {
                json.writeObjectFieldStart("facts");
                for (var fact : artifact.facts().entrySet()) {
                    json.writeStringField(fact.getKey(), fact.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("charts");
        for (var chart : suite.charts().entrySet()) {
            json.writeFieldName(chart.getKey());
            Json.tree(json, chart.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("checks");
        for (Check check : suite.checks()) {
            check(json, check);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void check(JsonGenerator json, Check check) throws IOException {
        json.writeStartObject();
        json.writeStringField("uniqueId", check.uniqueId());
        Json.text(json, "parentId", check.parentId());
        json.writeStringField("kind", check.kind());
        Json.text(json, "class", check.className());
        Json.text(json, "member", check.member());
        json.writeStringField("displayName", check.displayName());
        Json.text(json, "slice", check.slice());
        Json.text(json, "column", check.column());
        json.writeStringField("status", check.status().word());
        json.writeBooleanField("blocking", check.blocking());
        Json.text(json, "metric", check.metric());
        Json.number(json, "observed", check.observed());
        Json.text(json, "expected", check.expected());
        if (check.intervalLower() != null || check.intervalUpper() != null) {
            json.writeObjectFieldStart("interval");
            Json.number(json, "lower", check.intervalLower());
            Json.number(json, "upper", check.intervalUpper());
            json.writeEndObject();
        }
        Json.number(json, "p", check.p());
        Json.number(json, "pAdjusted", check.pAdjusted());
        json.writeArrayFieldStart("examples");
        for (Example example : check.examples()) {
            json.writeStartObject();
            Json.number(json, "row", example.row());
            Json.text(json, "file", example.file());
            Json.text(json, "value", example.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        Json.text(json, "message", check.message());
        json.writeObjectFieldStart("details");
        for (var detail : check.details().entrySet()) {
            json.writeStringField(detail.getKey(), detail.getValue());
        }
        json.writeEndObject();
        if (check.histogram() != null) {
            json.writeFieldName("histogram");
            Json.tree(json, check.histogram());
        }
        json.writeEndObject();
    }
}
