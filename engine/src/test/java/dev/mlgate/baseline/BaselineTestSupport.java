package dev.mlgate.baseline;

import static org.assertj.core.api.Assertions.within;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.MlgateTestEngine;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs the engine on the baseline fixtures, and reads the report entries a node published. */
final class BaselineTestSupport {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    private BaselineTestSupport() {
    }

    static EngineTestKit.Builder mlgate(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new MlgateTestEngine()).selectors(selectors)
                .configurationParameter(Constants.BASEDIR, FIXTURES.toString());
    }

    static EngineTestKit.Builder mlgate(Map<String, String> configuration, DiscoverySelector... selectors) {
        return mlgate(selectors).configurationParameters(configuration);
    }

    static String suite(Class<?> type) {
        return "[engine:mlgate]/[suite:" + type.getName() + "]";
    }

    /** The entries published by the node whose unique id is {@code uniqueId}. */
    static Map<String, String> entries(Events events, String uniqueId) {
        return events.reportingEntryPublished().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().toString().equals(uniqueId))
                .map(Event::getPayload).map(payload -> (ReportEntry) payload.orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError("no report entry on " + uniqueId))
                .getKeyValuePairs();
    }

    static double number(Map<String, String> entries, String key) {
        return Double.parseDouble(entries.get(key));
    }

    /** A relative tolerance of 1e-9 around a reference value. */
    static Offset<Double> relative(double reference) {
        return within(Math.abs(reference) * 1e-9);
    }
}
