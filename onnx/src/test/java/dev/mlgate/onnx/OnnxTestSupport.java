package dev.mlgate.onnx;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.MlgateTestEngine;
import dev.mlgate.engine.internal.ReportChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs fixture suites through EngineTestKit with the committed models as mlgate.basedir, and reads what they published. */
final class OnnxTestSupport {

    static final Path MODELS = Path.of("src/test/resources/models").toAbsolutePath();

    private OnnxTestSupport() {
    }

    static Events run(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new MlgateTestEngine()).selectors(selectors)
                .configurationParameter(Constants.BASEDIR, MODELS.toString())
                .configurationParameter("mlgate.onnx.threads", "1")
                .execute().allEvents();
    }

    static String suite(Class<?> type) {
        return "[engine:mlgate]/[suite:" + type.getName() + "]";
    }

    static String gate(Class<?> type, String segment) {
        return suite(type) + "/[gate:" + segment + "]";
    }

    /** The failure message of the node, or null when it succeeded. */
    static String failure(Events events, String uniqueId) {
        return events.finished().filter(event -> event.getTestDescriptor().getUniqueId().toString().equals(uniqueId))
                .map(Event::getPayload).findFirst().orElseThrow(() -> new AssertionError("no event for " + uniqueId))
                .flatMap(payload -> ((TestExecutionResult) payload).getThrowable()).map(Throwable::getMessage)
                .orElse(null);
    }

    /** Everything published on the node: report entries and the values handed over through the run's channel. */
    static Map<String, String> entries(Events events, String uniqueId) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        events.reportingEntryPublished().stream().forEach(event -> all
                .computeIfAbsent(event.getTestDescriptor().getUniqueId().toString(), id -> new LinkedHashMap<>())
                .putAll(event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()));
        all.values().stream().map(values -> values.get(ReportChannel.TOKEN_KEY)).filter(token -> token != null)
                .findFirst().map(ReportChannel::take)
                .ifPresent(channel -> channel.forEach((id, values) -> all
                        .computeIfAbsent(id, key -> new LinkedHashMap<>()).putAll(values)));
        return all.getOrDefault(uniqueId, Map.of());
    }

    /** One column of a committed CSV (plain, unquoted), as numbers. */
    static double[] column(String file, String name) throws IOException {
        List<String> lines = Files.readAllLines(MODELS.resolve(file));
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[index])).toArray();
    }
}
