package dev.mlgate.history.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mlgate.history.RunRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run as one JSON line: {@code {"runId":..,"subject":..,"time":"2026-01-31T10:15:30Z","tags":{..},
 * "metrics":{..}}}. Doubles are written as Java's shortest round-trip decimal, so reading gives back
 * exactly the value written.
 */
final class RunLines {

    private static final JsonFactory JSON = new JsonFactory();

    private RunLines() {
    }

    static String write(RunRecord run) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("runId", run.runId());
            json.writeStringField("subject", run.subject());
            json.writeStringField("time", run.time().toString());
            json.writeObjectFieldStart("tags");
            for (Map.Entry<String, String> tag : run.tags().entrySet()) {
                json.writeStringField(tag.getKey(), tag.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> metric : run.metrics().entrySet()) {
                json.writeNumberField(metric.getKey(), metric.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a run to a string", e);
        }
        return text.toString();
    }

    /** {@code "subject":"<subject>"} exactly as {@link #write} writes it, to find a subject's lines cheaply. */
    static String subjectField(String subject) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("subject", subject);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a subject to a string", e);
        }
        String object = text.toString();
        return object.substring(1, object.length() - 1);
    }

    /** The run on {@code line}; throws for anything but a complete run line. */
    static RunRecord read(String line) throws IOException {
        try (JsonParser json = JSON.createParser(line)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            String runId = null;
            String subject = null;
            Instant time = null;
            Map<String, String> tags = new LinkedHashMap<>();
            Map<String, Double> metrics = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "runId" -> runId = json.getValueAsString();
                    case "subject" -> subject = json.getValueAsString();
                    case "time" -> time = Instant.parse(json.getValueAsString());
                    case "tags" -> readObject(json, value, tags, false);
                    case "metrics" -> readObject(json, value, metrics, true);
                    default -> json.skipChildren();
                }
            }
            expect(json.currentToken(), JsonToken.END_OBJECT);
            if (json.nextToken() != null) {
                throw new IOException("text after the run");
            }
            if (runId == null || subject == null || time == null) {
                throw new IOException("a run line needs runId, subject and time");
            }
            return new RunRecord(runId, subject, time, tags, metrics);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> void readObject(JsonParser json, JsonToken start, Map<String, V> into, boolean numbers)
            throws IOException {
        expect(start, JsonToken.START_OBJECT);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (numbers) {
                if (!value.isNumeric()) {
                    throw new IOException("metric '" + name + "' is not a number");
                }
                into.put(name, (V) Double.valueOf(json.getDoubleValue()));
            } else {
                into.put(name, (V) json.getValueAsString());
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
