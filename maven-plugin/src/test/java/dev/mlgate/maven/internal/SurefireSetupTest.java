package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurefireSetupTest {

    @Nested
    class With_the_default_includes {
        private final SurefireSetup surefire = SurefireSetup.defaults("3.2.5");

        @Test
        void runs_classes_named_like_tests_in_any_package() {
            assertThat(surefire.runs("com.acme.ChurnTest")).isTrue();
            assertThat(surefire.runs("com.acme.TestChurn")).isTrue();
            assertThat(surefire.runs("com.acme.deep.ChurnTests")).isTrue();
            assertThat(surefire.runs("ChurnTestCase")).isTrue();
        }

        @Test
        void skips_suites_named_after_what_they_check() {
            assertThat(surefire.runs("com.acme.suites.ChurnContract")).isFalse();
            assertThat(surefire.runs("com.acme.CandidateQuality")).isFalse();
            assertThat(surefire.runs("com.acme.ChurnTestData")).isFalse();
        }

        @Test
        void skips_nested_classes_even_when_named_like_tests() {
            assertThat(surefire.runs("com.acme.Outer$InnerTest")).isFalse();
            assertThat(surefire.excludedBy("com.acme.Outer$InnerTest")).isEqualTo("**/*$*");
        }
    }

    @Nested
    class With_custom_patterns {

        @Test
        void a_package_include_runs_that_package_and_replaces_the_defaults() {
            SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of("**/suites/*.java"), List.of(), List.of());
            assertThat(surefire.customIncludes()).isTrue();
            assertThat(surefire.runs("com.acme.suites.ChurnContract")).isTrue();
            assertThat(surefire.runs("com.acme.suites.deeper.ChurnContract")).isFalse();
            assertThat(surefire.runs("com.acme.ChurnTest")).isFalse();
        }

        @Test
        void commas_split_patterns_and_a_pattern_without_a_slash_matches_in_any_package() {
            SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of("*Contract.java, *Quality"), List.of(), List.of());
            assertThat(surefire.includes()).containsExactly("*Contract.java", "*Quality");
            assertThat(surefire.runs("com.acme.ChurnContract")).isTrue();
            assertThat(surefire.runs("CandidateQuality")).isTrue();
            assertThat(surefire.runs("com.acme.ChurnTest")).isFalse();
        }

        @Test
        void a_fully_qualified_name_a_method_filter_and_a_regex_select_classes() {
            assertThat(SurefirePattern.of("com.acme.ChurnContract").matches("com.acme.ChurnContract")).isTrue();
            assertThat(SurefirePattern.of("com.acme.ChurnContract").matches("org.acme.ChurnContract")).isFalse();
            assertThat(SurefirePattern.of("ChurnContract#mean_radius").matches("com.acme.ChurnContract")).isTrue();
            assertThat(SurefirePattern.of("%regex[.*suites/.*Contract.class]").matches("com.acme.suites.ChurnContract"))
                    .isTrue();
            assertThat(SurefirePattern.of("%regex[.*suites/.*Contract.class]").matches("com.acme.ChurnContract"))
                    .isFalse();
            assertThat(SurefirePattern.of("com/acme/?hurn*.class").matches("com.acme.ChurnContract")).isTrue();
        }

        @Test
        void an_own_exclude_replaces_the_nested_class_exclude() {
            SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of("**/*.java"), List.of("**/legacy/**"), List.of());
            assertThat(surefire.runs("com.acme.Outer$Inner")).isTrue();
            assertThat(surefire.runs("com.acme.legacy.old.OldContract")).isFalse();
            assertThat(surefire.excludedBy("com.acme.legacy.old.OldContract")).isEqualTo("**/legacy/**");
        }
    }

    @Nested
    class Versions {

        @Test
        void only_2_22_0_and_later_run_platform_engines() {
            assertThat(SurefireSetup.defaults("2.12.4").runsPlatformEngines()).isFalse();
            assertThat(SurefireSetup.defaults("2.21.0").runsPlatformEngines()).isFalse();
            assertThat(SurefireSetup.defaults("2.22.0").runsPlatformEngines()).isTrue();
            assertThat(SurefireSetup.defaults("3.0.0-M5").runsPlatformEngines()).isTrue();
            assertThat(SurefireSetup.defaults("3.6.1").runsPlatformEngines()).isTrue();
        }

        @Test
        void an_unknown_version_is_not_trusted_and_is_described_as_maven_s_default() {
            SurefireSetup surefire = SurefireSetup.defaults(null);
            assertThat(surefire.runsPlatformEngines()).isFalse();
            assertThat(surefire.describe()).isEqualTo("maven-surefire-plugin with no <version>");
        }

        @Test
        void a_pre_release_sorts_before_its_release() {
            assertThat(SurefireSetup.Versions.compare("2.22.0-M1", "2.22.0")).isNegative();
            assertThat(SurefireSetup.Versions.compare("2.22.2", "2.22.0")).isPositive();
            assertThat(SurefireSetup.Versions.compare("3.0", "3.0.0")).isZero();
        }
    }

    @Test
    void the_mlgate_engine_is_recognised_among_excluded_engines() {
        assertThat(SurefireSetup.of("3.2.5", List.of(), List.of(), List.of("junit-vintage", "mlgate"))
                .excludesMlgateEngine()).isTrue();
        assertThat(SurefireSetup.defaults("3.2.5").excludesMlgateEngine()).isFalse();
    }
}
