package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.it.SurefireReport.TestCase;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's compatibility table: one project (a data contract, a model-quality suite with a per-slice
 * gate, a Jupiter test) built with every supported JUnit BOM and Surefire version. The project imports
 * {@code org.junit:junit-bom}, as the README says a user must.
 */
class CompatibilityMatrixIT {

    static final List<String> JUNIT = List.of("5.10.5", "5.11.4", "5.12.2", "5.13.4", "5.14.4", "6.0.3", "6.1.3");
    static final List<String> SUREFIRE = List.of("3.2.5", "3.5.6", "3.6.1");

    /** Schema, row count, and per column its type, not-null and declared constraints (country has no type check). */
    private static final int EXPECTED_CONTRACT_TESTS = 10;
    /** The overall gate and one child per segment of the per-slice gate. */
    private static final int EXPECTED_QUALITY_TESTS = 3;
    private static final int EXPECTED_TESTS = 1 + EXPECTED_CONTRACT_TESTS + EXPECTED_QUALITY_TESTS;

    static Stream<Arguments> cells() {
        return JUNIT.stream().flatMap(junit -> SUREFIRE.stream().map(surefire -> Arguments.of(junit, surefire)));
    }

    @ParameterizedTest(name = "JUnit {0} with Surefire {1}", quoteTextArguments = false)
    @MethodSource("cells")
    void everySuiteRunsAndTheRunPromotes(String junit, String surefire) {
        ChildProject project = ChildProject.fromTemplate("compat-matrix", "compat-" + junit + "-" + surefire);

        BuildResult build = project.mvn("verify", "-Djunit.version=" + junit, "-Dsurefire.version=" + surefire);

        assertThat(build.succeeded()).as("build of %s", build).isTrue();
        SurefireReport report = project.surefire();
        // Every problem of a cell at once: a cell that fails shows all it got wrong, not just the first.
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(report.cases()).as("outcomes").extracting(TestCase::outcome)
                    .containsOnly(TestCase.Outcome.PASSED);
            softly.assertThat(report.names()).as("test case names").allSatisfy(name -> assertThat(name).isNotBlank());
            softly.assertThat(report.cases().stream().map(c -> c.className() + " > " + c.name()))
                    .as("class and name of each test case").doesNotHaveDuplicates();
            softly.assertThat(report.cases()).as("test cases").hasSize(EXPECTED_TESTS);
            softly.assertThat(report.tests()).as("tests counted in <testsuite>").isEqualTo(EXPECTED_TESTS);
            softly.assertThat(report.casesOf("com.example.PredictionsFileTest")).as("Jupiter test cases").hasSize(1);
            // Surefire 3.2.5 names the class of a test without a source (a constraint) by its parent's display
            // name, the suite's simple name; 3.5 and later by the suite's class (README, Compatibility).
            String contractClass = surefire.equals("3.2.5") ? "CustomersContract" : "com.example.suites.CustomersContract";
            softly.assertThat(report.casesOf(contractClass)).as("contract test cases")
                    .hasSize(EXPECTED_CONTRACT_TESTS);
            softly.assertThat(report.casesOf("com.example.suites.ChurnQuality")).as("quality test cases")
                    .hasSize(EXPECTED_QUALITY_TESTS);
            softly.assertThat(report.names()).as("test case names").contains("schema: declared columns present",
                    "row count at least 3", "id: unique", "country: one of [DE, FR, US]", "rocAuc >= 0.8",
                    "rocAucPerSegment >= 0.8 in every slice › segment=retail",
                    "rocAucPerSegment >= 0.8 in every slice › segment=enterprise");
            softly.assertThat(project.decision()).as("decision").isEqualTo("PROMOTE");
        });
    }
}
