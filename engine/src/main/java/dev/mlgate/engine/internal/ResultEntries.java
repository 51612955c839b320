package dev.mlgate.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mlgate.backend.Example;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Encodes a verdict as a report entry with {@code mlgate.*} keys, the channel through which the
 * report module learns each check's observed value, expectation, interval and p-values. Surefire drops
 * report entries, so everything a person must see is also in the failure message.
 */
public final class ResultEntries {

    /** Key prefix of every entry mlgate publishes. */
    public static final String PREFIX = "mlgate.";

    private static final JsonFactory JSON = new JsonFactory();

    private ResultEntries() {
    }

    static ReportEntry of(Verdict verdict, boolean blocking) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PREFIX + "verdict", status(verdict, blocking));
        values.put(PREFIX + "blocking", Boolean.toString(blocking));
        values.put(PREFIX + "message", verdict.message());
        Evidence evidence = verdict.evidence();
        put(values, "metric", evidence.metric());
        put(values, "observed", number(evidence.observed()));
        put(values, "expected", evidence.expected());
        if (evidence.interval() != null) {
            put(values, "interval.lower", number(evidence.interval()[0]));
            put(values, "interval.upper", number(evidence.interval()[1]));
        }
        put(values, "p", number(evidence.pValue()));
        put(values, "p.adjusted", number(evidence.adjustedPValue()));
        if (!evidence.examples().isEmpty()) {
            put(values, "examples", examples(evidence.examples()));
        }
        evidence.details().forEach((key, value) -> put(values, "detail." + key, String.valueOf(value)));
        return ReportEntry.from(values);
    }

    /** The report's status word for a verdict: passed, failed, warning or inconclusive. */
    public static String status(Verdict verdict, boolean blocking) {
        if (verdict instanceof Verdict.Failed) {
            return blocking ? "failed" : "warning";
        }
        return verdict instanceof Verdict.Inconclusive ? "inconclusive" : "passed";
    }

    /**
     * The examples as a JSON array of {@code {"row": 3, "value": "..."}} objects ({@code "value": null} for a
     * missing value; {@code "file"} names the part file the row is in, for a dataset of several files): values come from data and may hold any character, so no separator could delimit them.
     */
    static String examples(List<Example> examples) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (Example example : examples) {
                json.writeStartObject();
                json.writeNumberField("row", example.row());
                if (example.file() != null) {
                    json.writeStringField("file", example.file());
                }
                json.writeStringField("value", example.shown());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write examples to a string", e);
        }
        return text.toString();
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(PREFIX + key, value);
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? null : Double.toString(value);
    }
}
