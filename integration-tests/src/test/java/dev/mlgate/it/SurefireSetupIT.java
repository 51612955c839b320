package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two Surefire setups under which mlgate suites silently do not run: the build must fail instead, naming
 * the suites and the fix (mlgate-maven-plugin's check goal).
 */
class SurefireSetupIT {

    @Test
    void surefireWithoutAVersionFailsTheBuildNamingTheSuiteAndTheVersionToSet() {
        ChildProject project = ChildProject.fromTemplate("surefire-without-version", "surefire-without-version");

        BuildResult build = project.mvn("verify");

        assertThat(build.exitCode()).as("%s", build).isNotZero();
        assertThat(build.log()).as("%s", build)
                .contains("maven-surefire-plugin:2.12.4:test")
                .contains("com.example.suites.CustomersContract")
                .contains("set maven-surefire-plugin's <version> to 3.")
                .containsPattern("<version> to 3\\.(2\\.5|[3-9]\\.\\d+|\\d{2,}\\.\\d+) or later");
        assertThat(project.decision()).isNotEqualTo("PROMOTE");
    }

    @Test
    void suitesOutsideSurefiresIncludesFailTheBuildNamingTheIncludeToAdd() {
        ChildProject project = ChildProject.fromTemplate("suites-outside-includes", "suites-outside-includes");

        BuildResult build = project.mvn("verify");

        assertThat(build.exitCode()).as("%s", build).isNotZero();
        assertThat(build.log()).as("%s", build)
                .containsPattern("com\\.example\\.CustomersContract matches none of Surefire's includes"
                        + " \\([^)]*\\): add <include>\\*\\*/[^<]+</include>");
        assertThat(project.surefire().casesOf("com.example.ScoringTest"))
                .as("the Jupiter test still runs").extracting(SurefireReport.TestCase::name).contains("agesAreYears");
        assertThat(project.surefire().casesOf("com.example.ScoringTest$AgesContract"))
                .as("the suite nested in a test class Surefire sends runs with it").isNotEmpty();
        assertThat(project.decision()).isNotEqualTo("PROMOTE");
    }
}
