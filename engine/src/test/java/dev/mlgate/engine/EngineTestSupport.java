package dev.mlgate.engine;

import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs the mlgate engine through EngineTestKit with the fixtures directory as base directory. */
final class EngineTestSupport {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    static final String ENGINE = "[engine:mlgate]";

    private EngineTestSupport() {
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
        return ENGINE + "/[suite:" + type.getName() + "]";
    }
}
