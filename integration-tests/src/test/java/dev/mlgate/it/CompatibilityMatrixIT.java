package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.it.SurefireReport.TestCase;
import java.util.List;
import java.util.stream.Stream;
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

    static Stream<Arguments> cells() {
        return JUNIT.stream().flatMap(junit -> SUREFIRE.stream().map(surefire -> Arguments.of(junit, surefire)));
    }

    @ParameterizedTest(name = "JUnit {0} with Surefire {1}")
    @MethodSource("cells")
    void everySuiteRunsAndTheRunPromotes(String junit, String surefire) {
        ChildProject project = ChildProject.fromTemplate("compat-matrix", "compat-" + junit + "-" + surefire);

        BuildResult build = project.mvn("verify", "-Djunit.version=" + junit, "-Dsurefire.version=" + surefire);

        assertThat(build.succeeded()).as("build of %s", build).isTrue();
        SurefireReport report = project.surefire();
        assertThat(report.cases()).as("test cases of %s", build).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.outcome()).isEqualTo(TestCase.Outcome.PASSED);
        });
        assertThat(report.cases().stream().map(c -> c.className() + " > " + c.name()))
                .as("test cases of %s", build).doesNotHaveDuplicates();
        assertThat(report.cases()).as("test cases of %s", build).hasSize(EXPECTED_TESTS);
        assertThat(report.tests()).as("tests counted in <testsuite> of %s", build).isEqualTo(EXPECTED_TESTS);
        assertThat(report.casesOf("com.example.PredictionsFileTest")).hasSize(1);
        assertThat(report.casesOf("com.example.suites.CustomersContract")).hasSize(EXPECTED_CONTRACT_TESTS);
        assertThat(report.casesOf("com.example.suites.ChurnQuality")).hasSize(EXPECTED_QUALITY_TESTS);
        assertThat(report.names()).contains("schema: declared columns present", "id: unique",
                "country: one of [DE, FR, US]", "rocAuc >= 0.8",
                "rocAucPerSegment >= 0.8 in every slice segment=retail",
                "rocAucPerSegment >= 0.8 in every slice segment=enterprise");
        assertThat(project.decision()).as("decision of %s", build).isEqualTo("PROMOTE");
    }

    /** Schema, row count, and per column its type, not-null and declared constraints (country has no type check). */
    private static final int EXPECTED_CONTRACT_TESTS = 10;
    /** The overall gate and one child per segment of the per-slice gate. */
    private static final int EXPECTED_QUALITY_TESTS = 3;
    private static final int EXPECTED_TESTS = 1 + EXPECTED_CONTRACT_TESTS + EXPECTED_QUALITY_TESTS;
}
