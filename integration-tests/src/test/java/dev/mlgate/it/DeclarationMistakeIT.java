package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.it.SurefireReport.TestCase;
import dev.mlgate.it.SurefireReport.TestCase.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A declaration mistake in one suite fails that suite alone: the other suite and the Jupiter tests of the
 * module still run and pass, the run decides REJECT, and the plugin fails the build.
 */
class DeclarationMistakeIT {

    @Test
    void onlyTheMistakenSuiteFailsAndTheRunIsRejected() {
        ChildProject project = ChildProject.fromTemplate("declaration-mistake", "declaration-mistake");

        BuildResult build = project.mvn("verify", "-Dmaven.test.failure.ignore=true");

        SurefireReport report = project.surefire();
        assertThat(report.casesOf("com.example.suites.CountriesContract")).as("%s: %s", build, report.cases())
                .singleElement().satisfies(broken -> {
                    assertThat(broken.outcome()).isIn(Outcome.FAILED, Outcome.ERROR);
                    assertThat(broken.message()).contains("CountriesContract", "country", "@OneOf");
                });
        assertThat(report.casesOf("com.example.suites.CustomersContract")).as("%s", build).isNotEmpty()
                .extracting(TestCase::outcome).containsOnly(Outcome.PASSED);
        assertThat(report.casesOf("com.example.CustomersFileTest")).as("%s", build)
                .extracting(TestCase::outcome).containsExactly(Outcome.PASSED);
        assertThat(project.decision()).as("%s", build).isEqualTo("REJECT");
        assertThat(build.exitCode()).as("the plugin fails the build: %s", build).isNotZero();
        assertThat(build.log()).contains("mlgate-maven-plugin").contains("CountriesContract");
    }
}
