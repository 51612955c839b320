package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.it.ReadmeSnippets.Snippet;
import dev.mlgate.it.SurefireReport.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Docs as tests: the files of README.md's Quick start, written into an empty project exactly as shown
 * (only the mlgate version set to the one under test), build with {@code mvn verify} and promote; and
 * the README's claims about an age of 240 hold: the same command fails naming the row and value, and
 * with test failures ignored the check goal still fails the build.
 */
class ReadmeQuickstartIT {

    @Test
    void theQuickStartBuildsAsWrittenAndPromotes() throws IOException {
        List<Snippet> snippets = ReadmeSnippets.in(Files.readString(ItEnvironment.readme()));
        assertThat(snippets).extracting(Snippet::path).contains("pom.xml",
                "src/test/java/com/example/suites/CustomersContract.java",
                "src/test/java/com/example/suites/ChurnModelQuality.java", "data/customers.csv");
        ChildProject project = ChildProject.empty("readme-quickstart");
        for (Snippet snippet : snippets) {
            project.write(snippet.path(), snippet.content().replaceFirst("<mlgate\\.version>[^<]+</mlgate\\.version>",
                    "<mlgate.version>" + ItEnvironment.mlgateVersion() + "</mlgate.version>"));
        }

        BuildResult build = project.mvn("verify");

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.log()).contains("mlgate: PROMOTE (verdict passed)");
        SurefireReport report = project.surefire();
        assertThat(report.cases()).as("%s", build).extracting(TestCase::outcome)
                .containsOnly(TestCase.Outcome.PASSED);
        assertThat(report.casesOf("com.example.suites.CustomersContract")).extracting(TestCase::name)
                .hasSize(16).contains("id: unique", "age: between 0 and 120", "unique together: email, country",
                        "income: no drift from the reference", "everyMarketHasCustomers()");
        assertThat(report.casesOf("com.example.suites.ChurnModelQuality")).extracting(TestCase::name)
                .containsExactlyInAnyOrder("rocAuc >= 0.85", "logLoss <= 0.45",
                        "recall >= 0.7 in every slice › segment=retail",
                        "recall >= 0.7 in every slice › segment=enterprise");
        assertThat(report.names()).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(project.decision()).isEqualTo("PROMOTE");

        String customers = Files.readString(project.dir().resolve("data/customers.csv"));
        project.write("data/customers.csv", customers.replace("\n6,19,", "\n6,240,"));

        BuildResult rejected = project.mvn("verify");

        assertThat(rejected.exitCode()).as("%s", rejected).isNotZero();
        assertThat(project.surefire().cases()).as("%s", rejected).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("age: between 0 and 120");
            assertThat(c.outcome()).isEqualTo(TestCase.Outcome.FAILED);
            assertThat(c.message()).contains("customers.csv column 'age'", "examples (row: value): 6: '240'");
        });
        assertThat(project.decision()).isEqualTo("REJECT");

        BuildResult ignoringFailures = project.mvn("verify", "-Dmaven.test.failure.ignore=true");

        assertThat(ignoringFailures.exitCode()).as("%s", ignoringFailures).isNotZero();
        assertThat(ignoringFailures.log()).contains("mlgate REJECT")
                .contains("- CustomersContract: age: between 0 and 120 failed: customers.csv column 'age'");
    }
}
