package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pending promotion.json, written without Jackson so that a run's first check does not wait for it
 * to start, is byte for byte what the object mapper writes for the same tree: readers of promotion.json
 * (deployment steps, the Maven plugin, earlier tests' expectations) see no change.
 */
class PendingPromotionTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f2c9a4e-1d2b-4c5e-9f00-123456789abc", "quote \" backslash \\ tab \t",
        "non-ASCII: \u00e9t\u00e9 \u4e2d\u6587 \ud83d\ude00", "control \u0001 \u001f \b \f \r \n \u007f",
        "a lone surrogate \ud800 and \udc00", "/ <\u2028>", ""})
    void writes_the_bytes_the_object_mapper_writes_for_the_same_tree(String runId) {
        RunStamp stamp = new RunStamp(runId, Instant.parse("2026-01-02T03:04:05.123456Z"));

        byte[] streamed = Promotion.pending(stamp);

        assertThat(new String(streamed, StandardCharsets.UTF_8))
                .isEqualTo(new String(treeWrittenByTheMapper(stamp), StandardCharsets.UTF_8));
        assertThat(streamed).isEqualTo(treeWrittenByTheMapper(stamp));
    }

    /** The tree the pending promotion.json was built as before it was streamed. */
    private static byte[] treeWrittenByTheMapper(RunStamp stamp) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", Promotion.SCHEMA_VERSION);
        root.put("runId", stamp.runId());
        root.put("state", Promotion.RUNNING);
        root.put("startedAt", stamp.startedAt().toString());
        root.put("decision", Promotion.PENDING);
        root.putArray("reasons").add(Reason.ofRun(Reason.RUNNING, "The mlgate run " + stamp.runId() + " started at "
                + stamp.startedAt() + " and has not finished; if no run is under way, it died (killed, crashed or"
                + " out of memory) before deciding. Nothing is promoted until a complete run passes.").json());
        root.put("partial", true);
        root.putNull("reportSha256");
        return Json.pretty(root);
    }
}
