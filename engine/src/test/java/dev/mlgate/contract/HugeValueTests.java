package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.HugeValueContract;
import dev.mlgate.engine.Constants;
import dev.mlgate.engine.internal.PublishedEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A value of megabytes is shown cut to 200 characters with its length, in the message and the examples. */
class HugeValueTests {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void a_five_megabyte_value_failing_length_is_cut_with_its_length_stated() throws Exception {
        Files.writeString(dir.resolve("huge.csv"), "name\nok\n" + "a".repeat(FIVE_MB) + "\n");

        Events events = EngineTestKit.engine("mlgate").selectors(selectClass(HugeValueContract.class))
                .configurationParameter(Constants.BASEDIR, dir.toString()).execute().allEvents();

        String shown = "a".repeat(200) + "\u2026";
        String message = events.failed().stream().map(event -> event.getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow().getMessage()).findFirst().orElseThrow();
        assertThat(message).endsWith("examples (row: value): 2: '" + shown + "' (5,242,880 characters)")
                .hasSizeLessThan(1000);
        Map<String, String> entries = PublishedEntries.of(events).get("[engine:mlgate]/[suite:"
                + HugeValueContract.class.getName() + "]/[constraint:name.length]");
        assertThat(entries.get("mlgate.examples")).isEqualTo("[{\"row\":2,\"value\":\"" + shown
                + " (5,242,880 characters)\"}]");
        assertThat(entries.values()).allSatisfy(value -> assertThat(value).hasSizeLessThan(1000));
    }
}
