package dev.mlgate.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Hands bulky report data (chart series, histograms) to the report listener in the same JVM instead of
 * publishing it as report entries, which consoles and IDEs print in full beside each test. Everything
 * else still travels as report entries. Each run has its own channel, named by a token the engine
 * publishes on its root node, so that runs nested in one JVM (a launcher started from a test) never mix;
 * only the last few runs' data is kept, so a run without a listener leaks nothing.
 */
public final class ReportChannel {

    /** The engine-node entry that names the run's channel. */
    public static final String TOKEN_KEY = ResultEntries.PREFIX + "run.channel";

    private static final int KEPT_RUNS = 8;
    private static final Map<String, Map<String, Map<String, String>>> RUNS = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Map<String, String>>> eldest) {
                    return size() > KEPT_RUNS;
                }
            });

    private ReportChannel() {
    }

    /** Opens a channel for a new run and returns its token. */
    static String open() {
        String token = UUID.randomUUID().toString();
        RUNS.put(token, new ConcurrentHashMap<>());
        return token;
    }

    /**
     * Publishes {@code entry} for {@code node}: bulky values go into the run's channel, the rest is
     * published as a report entry.
     */
    static void publish(String token, EngineExecutionListener listener, TestDescriptor node, ReportEntry entry) {
        Map<String, String> small = new LinkedHashMap<>();
        Map<String, String> bulky = new LinkedHashMap<>();
        entry.getKeyValuePairs().forEach((key, value) -> (isBulky(key) ? bulky : small).put(key, value));
        Map<String, Map<String, String>> run = token == null ? null : RUNS.get(token);
        if (run == null) {
            small.putAll(bulky);
        } else if (!bulky.isEmpty()) {
            run.computeIfAbsent(node.getUniqueId().toString(), id -> new ConcurrentHashMap<>()).putAll(bulky);
        }
        if (!small.isEmpty()) {
            listener.reportingEntryPublished(node, ReportEntry.from(small));
        }
    }

    /** Takes (and forgets) the bulky entries of the run {@code token}, by node unique id. */
    public static Map<String, Map<String, String>> take(String token) {
        Map<String, Map<String, String>> run = RUNS.remove(token);
        return run == null ? Map.of() : run;
    }

    static boolean isBulky(String key) {
        return key.startsWith(ResultEntries.PREFIX + "chart.") || key.equals(ResultEntries.PREFIX + "detail.histogram");
    }
}
