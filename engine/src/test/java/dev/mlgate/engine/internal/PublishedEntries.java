package dev.mlgate.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Events;

/**
 * What the engine published for each node, as the report listener sees it: report entries merged with
 * the bulky values handed over through the run's {@link ReportChannel}.
 */
public final class PublishedEntries {

    private static final Map<String, Map<String, Map<String, String>>> TAKEN = new ConcurrentHashMap<>();

    private PublishedEntries() {
    }

    /** Entries by node unique id. */
    public static Map<String, Map<String, String>> of(Events events) {
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        events.reportingEntryPublished().stream().forEach(event -> entries
                .computeIfAbsent(event.getTestDescriptor().getUniqueId().toString(), id -> new LinkedHashMap<>())
                .putAll(event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()));
        entries.values().stream().map(values -> values.get(ReportChannel.TOKEN_KEY)).filter(token -> token != null)
                .findFirst()
                .map(token -> TAKEN.computeIfAbsent(token, ReportChannel::take))
                .ifPresent(channel -> channel.forEach((id, values) -> entries
                        .computeIfAbsent(id, key -> new LinkedHashMap<>()).putAll(values)));
        return entries;
    }
}
