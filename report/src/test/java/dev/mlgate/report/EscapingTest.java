package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.fixtures.HostileContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {

    @TempDir
    Path temp;

    @Test
    void markup_in_a_dataset_appears_escaped_in_the_html_and_the_summary() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, HostileContract.class).runAll();

        String html = text(dir.resolve("report.html"));
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContain("onerror=alert(1)>");
        String summary = text(dir.resolve("summary.md"));
        assertThat(summary)
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                .doesNotContain("<script")
                .doesNotContain("<img");
    }
}
