package dev.mlgate.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * promotion.json while a run is under way, streamed with jackson-core: it is written before the first
 * check runs, so it must not wait for jackson-databind to start (see {@link JsonLayout}). The bytes are
 * those {@link Json#pretty} gives for the same tree, a final newline included.
 */
final class PendingPromotion {

    private PendingPromotion() {
    }

    static byte[] render(RunStamp stamp) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonLayout.FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(JsonLayout.prettyPrinter().createInstance());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", Promotion.SCHEMA_VERSION);
            json.writeStringField("runId", stamp.runId());
            json.writeStringField("state", Promotion.RUNNING);
            json.writeStringField("startedAt", stamp.startedAt().toString());
            json.writeStringField("decision", Promotion.PENDING);
            json.writeArrayFieldStart("reasons");
            json.writeStartObject();
            json.writeStringField("kind", Reason.RUNNING);
            json.writeStringField("cause", "The mlgate run " + stamp.runId() + " started at " + stamp.startedAt()
                    + " and has not finished; if no run is under way, it died (killed, crashed or out of memory)"
                    + " before deciding. Nothing is promoted until a complete run passes.");
            json.writeEndObject();
            json.writeEndArray();
            json.writeBooleanField("partial", true);
            json.writeNullField("reportSha256");
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
