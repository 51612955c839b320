package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncludeAdviceTest {

    @Test
    void suggests_one_include_per_package_and_warns_that_includes_replace_the_defaults() {
        List<String> lines = IncludeAdvice.explain(List.of("com.acme.suites.ChurnContract",
                "com.acme.suites.CandidateQuality", "com.acme.gates.ChurnGate"), SurefireSetup.defaults("3.2.5"));

        assertThat(lines).containsExactly(
                "com.acme.suites.ChurnContract, com.acme.suites.CandidateQuality match none of Surefire's includes"
                        + " (**/Test*.java, **/*Test.java, **/*Tests.java, **/*TestCase.java): add"
                        + " <include>**/suites/*.java</include> to maven-surefire-plugin's <configuration><includes>"
                        + " (an <includes> list replaces the defaults, so list **/Test*.java, **/*Test.java,"
                        + " **/*Tests.java, **/*TestCase.java there too if you rely on them).",
                "com.acme.gates.ChurnGate matches none of Surefire's includes (**/Test*.java, **/*Test.java,"
                        + " **/*Tests.java, **/*TestCase.java): add <include>**/gates/*.java</include> to"
                        + " maven-surefire-plugin's <configuration><includes> (an <includes> list replaces the"
                        + " defaults, so list **/Test*.java, **/*Test.java, **/*Tests.java, **/*TestCase.java there"
                        + " too if you rely on them).");
    }

    @Test
    void with_own_includes_only_the_missing_include_is_named() {
        SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of("**/*Test.java"), List.of(), List.of());

        assertThat(IncludeAdvice.explain(List.of("ChurnContract"), surefire)).containsExactly(
                "ChurnContract matches none of Surefire's includes (**/*Test.java): add"
                        + " <include>**/ChurnContract.java</include> to maven-surefire-plugin's"
                        + " <configuration><includes>.");
    }

    @Test
    void the_suggested_include_runs_the_class_it_is_suggested_for() {
        String include = IncludeAdvice.suggestedInclude("com.acme.suites.ChurnContract");
        SurefireSetup fixed = SurefireSetup.of("3.2.5", List.of(include), List.of(), List.of());
        assertThat(include).isEqualTo("**/suites/*.java");
        assertThat(fixed.runs("com.acme.suites.ChurnContract")).isTrue();
    }

    @Test
    void a_nested_suite_is_told_to_become_a_top_level_class() {
        assertThat(IncludeAdvice.explain(List.of("com.acme.Suites$ChurnTest"), SurefireSetup.defaults("3.2.5")))
                .containsExactly("com.acme.Suites$ChurnTest is a nested class, and Surefire's exclude **/*$* skips"
                        + " nested classes: make it a top-level class.");
    }

    @Test
    void an_own_exclude_is_named() {
        SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of(), List.of("**/slow/*"), List.of());
        assertThat(IncludeAdvice.explain(List.of("com.acme.slow.DriftTest"), surefire)).containsExactly(
                "com.acme.slow.DriftTest is excluded by <exclude>**/slow/*</exclude>: remove that exclude or rename"
                        + " the class so it does not match.");
    }
}
