package dev.mlgate.quality;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.MlgateTestEngine;
import dev.mlgate.engine.internal.PublishedEntries;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs the mlgate engine through EngineTestKit on the model-quality fixtures (src/test/resources/fixtures/quality). */
final class QualityTestSupport {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/quality").toAbsolutePath();

    private QualityTestSupport() {
    }

    static EngineTestKit.Builder mlgate(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new MlgateTestEngine())
                .selectors(selectors)
                .configurationParameter(Constants.BASEDIR, FIXTURES.toString());
    }

    static EngineTestKit.Builder mlgate(Map<String, String> configuration, DiscoverySelector... selectors) {
        return mlgate(selectors).configurationParameters(configuration);
    }

    static String suite(Class<?> type) {
        return "[engine:mlgate]/[suite:" + type.getName() + "]";
    }

    static String gate(Class<?> type, String method) {
        return suite(type) + "/[gate:" + method + "]";
    }

    /** The message of the finished or aborted event of the node with {@code uniqueId}. */
    static String message(Events events, String uniqueId) {
        return events.finished().filter(event -> event.getTestDescriptor().getUniqueId().toString().equals(uniqueId))
                .map(Event::getPayload).findFirst().orElseThrow(() -> new AssertionError("no event for " + uniqueId))
                .flatMap(payload -> ((org.junit.platform.engine.TestExecutionResult) payload).getThrowable())
                .map(Throwable::getMessage).orElse(null);
    }

    /** The values of the report entry published on the node with {@code uniqueId} (the first one). */
    static Map<String, String> entry(Events events, String uniqueId) {
        return Optional.ofNullable(PublishedEntries.of(events).get(uniqueId))
                .orElseThrow(() -> new AssertionError("no report entry for " + uniqueId));
    }
}
