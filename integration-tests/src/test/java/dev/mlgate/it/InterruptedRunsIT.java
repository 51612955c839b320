package dev.mlgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A promotion decision must never outlive the run that made it: after a PROMOTE, a run that is killed
 * or that fails leaves a promotion.json that does not say PROMOTE.
 */
class InterruptedRunsIT {

    @Test
    void aRunKilledMidWayNeverLeavesTheEarlierPromote() {
        ChildProject project = ChildProject.fromTemplate("killed-run", "killed-run");
        BuildResult first = project.mvn("verify");
        assertThat(first.succeeded()).as("%s", first).isTrue();
        assertThat(project.decision()).isEqualTo("PROMOTE");

        BuildResult killed = project.mvn("verify", "-Dkill=true", "-Dmaven.test.failure.ignore=true");

        // Surefire fails the build on a crashed fork even with failures ignored, so the check goal of this
        // build never runs: what protects a deployment is promotion.json itself, and the check goal run on
        // its own (as a deployment job would) must say why the file is not a decision.
        assertThat(killed.exitCode()).as("%s", killed).isNotZero();
        assertThat(killed.log()).contains("The forked VM terminated without properly saying goodbye");
        assertThat(project.promotion()).as("%s", killed).hasValueSatisfying(promotion -> {
            assertThat(promotion.path("decision").asText()).isNotEqualTo("PROMOTE");
            assertThat(promotion.path("state").asText()).isEqualTo("RUNNING");
        });
        BuildResult check = project.mvn("dev.mlgate:mlgate-maven-plugin:" + ItEnvironment.mlgateVersion() + ":check");
        assertThat(check.exitCode()).as("%s", check).isNotZero();
        assertThat(check.log()).as("%s", check).contains("mlgate UNFINISHED RUN").contains("never finished");
    }

    @Test
    void aFailingRunAfterAPromoteDecidesReject() {
        ChildProject project = ChildProject.fromTemplate("promote-then-fail", "promote-then-fail");
        BuildResult first = project.mvn("verify");
        assertThat(first.succeeded()).as("%s", first).isTrue();
        assertThat(project.decision()).isEqualTo("PROMOTE");

        BuildResult failing = project.mvn("verify", "-Dcustomers.file=customers-with-an-age-of-240.csv");

        assertThat(failing.exitCode()).as("%s", failing).isNotZero();
        assertThat(project.surefire().cases()).as("%s", failing).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("age: between 0 and 120");
            assertThat(c.message()).contains("customers-with-an-age-of-240.csv", "240");
        });
        assertThat(project.decision()).as("%s", failing).isEqualTo("REJECT");
    }
}
