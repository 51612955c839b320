package dev.mlgate.baseline;

import static org.assertj.core.api.Assertions.within;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.MlgateTestEngine;
import dev.mlgate.engine.internal.PublishedEntries;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;
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
        return Optional.ofNullable(PublishedEntries.of(events).get(uniqueId))
                .orElseThrow(() -> new AssertionError("no report entry on " + uniqueId));
    }

    static double number(Map<String, String> entries, String key) {
        return Double.parseDouble(entries.get(key));
    }

    /** A relative tolerance of 1e-9 around a reference value. */
    static Offset<Double> relative(double reference) {
        return within(Math.abs(reference) * 1e-9);
    }
}
