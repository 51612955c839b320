package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.engine.Constants;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.UnreadableContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two checkouts of the same inputs at different places give the same report.json: no machine path in it. */
class CheckoutIndependenceTest {

    @TempDir
    Path temp;

    @Test
    void an_errored_suite_names_its_file_relative_to_the_base_directory() throws IOException {
        Path first = copyFixtures(temp.resolve("first/fixtures"));
        Path second = copyFixtures(temp.resolve("elsewhere/deeper/fixtures"));

        String one = report(first, temp.resolve("first/report"));
        String two = report(second, temp.resolve("elsewhere/report"));

        assertThat(one).isEqualTo(two).doesNotContain(temp.toString()).doesNotContain(ReportRun.FIXTURES.toString());
        assertThat(json(temp.resolve("first/report/report.json")).path("suites").get(1).path("message").asText())
                .isEqualTo("UnreadableContract (data contract) could not be evaluated: no-such-file.csv: no such file"
                        + " (looked for no-such-file.csv)");
    }

    private static String report(Path basedir, Path reportDir) throws IOException {
        ReportRun.of(reportDir, GreenCustomers.class, UnreadableContract.class)
                .with(Constants.BASEDIR, basedir.toString()).runAll();
        return Files.readString(reportDir.resolve("report.json"), StandardCharsets.UTF_8)
                .replaceAll("\"generatedAt\" : \"[^\"]*\"", "");
    }

    private static Path copyFixtures(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(ReportRun.FIXTURES)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, target.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
