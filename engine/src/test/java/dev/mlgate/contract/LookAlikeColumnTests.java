package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.SpacedHeaderContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A declared column missing from the header because of a look-alike name says what differs. */
class LookAlikeColumnTests {

    @TempDir
    Path dir;

    @Test
    void a_header_name_with_a_leading_space_is_shown_quoted_with_what_differs() throws Exception {
        Files.writeString(dir.resolve("spaced.csv"), "id, age\n1,30\n");

        List<String> messages = EngineTestKit.engine("mlgate").selectors(selectClass(SpacedHeaderContract.class))
                .configurationParameter(Constants.BASEDIR, dir.toString()).execute().testEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()
                        .getMessage()).toList();

        assertThat(messages).contains("spaced.csv does not match the schema: missing age; the header has ' age',"
                + " which has a leading space; not declared ' age'; spaced.csv has the columns id, ' age'");
        assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("spaced.csv column 'age' does not"
                + " exist; the header has ' age', which has a leading space; spaced.csv has the columns id, ' age'"));
    }
}
