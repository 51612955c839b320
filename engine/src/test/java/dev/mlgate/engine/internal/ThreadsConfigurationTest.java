package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.fixtures.CustomersContract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code mlgate.threads}: a whole number of threads from 1; anything else is a configuration problem. */
class ThreadsConfigurationTest {

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    @Test
    void defaults_to_the_available_processors() {
        MlgateConfiguration configuration = MapConfiguration.read(Map.of());

        assertThat(configuration.threads()).isEqualTo(PROCESSORS);
        assertThat(configuration.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "3", "1024"})
    void takes_a_whole_number_of_threads(String value) {
        MlgateConfiguration configuration = MapConfiguration.read(Map.of(Constants.THREADS, value));

        assertThat(configuration.threads()).isEqualTo(Integer.parseInt(value));
        assertThat(configuration.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-2", "four", "2.5", "1025"})
    void rejects_anything_else_naming_key_value_range_and_default(String value) {
        MlgateConfiguration configuration = MapConfiguration.read(Map.of(Constants.THREADS, value));

        assertThat(configuration.problems()).containsExactly("Invalid configuration value for 'mlgate.threads': '"
                + value + "' is not a whole number from 1 to 1024; using the default " + PROCESSORS);
    }

    @Test
    void an_invalid_value_fails_the_suites_as_every_configuration_problem_does() {
        var events = EngineTestKit.engine("mlgate").selectors(selectClass(CustomersContract.class))
                .configurationParameter(Constants.BASEDIR, Path.of("src/test/resources/fixtures").toAbsolutePath()
                        .toString())
                .configurationParameter(Constants.THREADS, "0").execute().testEvents();

        assertThat(events.failed().stream().map(event -> event.getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage())).anyMatch(message -> message.startsWith(
                        "Invalid configuration value for 'mlgate.threads': '0' is not a whole number from 1 to 1024"));
        assertThat(events.succeeded().count()).isPositive();
    }
}
