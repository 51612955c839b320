package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.check;
import static dev.mlgate.report.ReportFiles.field;
import static dev.mlgate.report.ReportFiles.id;
import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.ForgingContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example values come from data: whatever characters they hold, each stays one example of its row. */
class ExamplesTest {

    @TempDir
    Path temp;

    @Test
    void hostile_values_reach_report_json_as_written_one_example_per_row() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, ForgingContract.class).runAll();
        JsonNode report = json(dir.resolve("report.json"));

        JsonNode oneOf = check(report, id(ForgingContract.class, "[constraint:code.oneOf]")).path("examples");
        assertThat(field(oneOf, "row")).containsExactly("2", "3", "4", "5", "6");
        assertThat(field(oneOf, "value")).containsExactly("evil\u001f999=forged", "a=b", "say \"hi\"", "two\nlines",
                "nul\u0000byte");
        JsonNode notNull = check(report, id(ForgingContract.class, "[constraint:code.notNull]")).path("examples");
        assertThat(field(notNull, "row")).containsExactly("7");
        assertThat(notNull.get(0).has("value")).as("a missing value has no value field").isFalse();
    }
}
