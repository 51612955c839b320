package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The README's rule: import {@code org.junit:junit-bom}. A project that declares junit-jupiter 5.11 without
 * it gets JUnit Platform 6.1 from mlgate-engine next to Jupiter 5.11; the user must see a failure that
 * names the fix, never a green build that ran nothing.
 */
class JUnitVersionRuleIT {

    @Test
    void mismatchedJUnitArtifactsFailLoudlyNamingTheBom() {
        ChildProject project = ChildProject.fromTemplate("junit-mismatch", "junit-mismatch");

        BuildResult tree = project.mvn("org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree", "-Dscope=test");
        assertThat(tree.log()).as("what Maven resolves: %s", tree)
                .contains("org.junit.jupiter:junit-jupiter-engine:jar:5.11.4")
                .contains("org.junit.platform:junit-platform-engine:jar:6.1.3");

        BuildResult build = project.mvn("verify");

        assertThat(build.log()).as("%s", build).contains("Import org.junit:junit-bom");
        assertThat(project.decision()).as("%s", build).isEqualTo("REJECT");
        assertThat(project.promotion().orElseThrow().path("reasons").toString()).contains("junit-bom");
        assertThat(build.exitCode()).as("the build fails: %s", build).isNotZero();
        assertThat(project.surefire().cases()).as("Surefire reports the failure naming the fix: %s", build)
                .anySatisfy(c -> assertThat(c.message()).contains("junit-bom"));
    }
}
