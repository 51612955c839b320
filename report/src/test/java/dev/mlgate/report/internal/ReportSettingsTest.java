package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;

class ReportSettingsTest {

    @TempDir
    Path dir;

    @Test
    void the_default_is_mlgate_under_the_platform_reporting_root() {
        Path root = dir.resolve("target");

        assertThat(ReportSettings.defaultDir(Optional.of(root), dir)).isEqualTo(root.resolve("mlgate"));
    }

    @Test
    void a_reporting_root_that_is_the_working_directory_becomes_its_target_directory_when_there_is_one()
            throws IOException {
        assertThat(ReportSettings.defaultDir(Optional.of(dir), dir)).isEqualTo(dir.resolve("mlgate"));
        Files.createDirectory(dir.resolve("target"));
        assertThat(ReportSettings.defaultDir(Optional.of(dir), dir)).isEqualTo(dir.resolve("target/mlgate"));
    }

    @Test
    void the_report_directory_and_history_resolve_against_the_base_directory() {
        ReportSettings settings = ReportSettings.of(parameters(Map.of("mlgate.basedir", dir.toString(),
                "mlgate.report.dir", "out/reports", "mlgate.report.history", "ci/history.jsonl")), Optional.empty());

        assertThat(settings.reportDir()).isEqualTo(dir.resolve("out/reports"));
        assertThat(settings.historyFile()).isEqualTo(dir.resolve("ci/history.jsonl"));
        assertThat(settings.enabled()).isTrue();
        assertThat(ReportSettings.of(parameters(Map.of("mlgate.report.dir", dir.toString())), Optional.empty())
                .historyFile()).isEqualTo(dir.resolve("history.jsonl"));
    }

    @Test
    void the_length_of_summary_md_is_configurable_and_a_length_too_short_to_be_useful_is_a_problem() {
        assertThat(ReportSettings.of(parameters(Map.of()), Optional.empty()).summaryLines()).isEqualTo(59);
        assertThat(ReportSettings.of(parameters(Map.of("mlgate.report.summary.lines", "120")), Optional.empty())
                .summaryLines()).isEqualTo(120);

        ReportSettings tooShort = ReportSettings.of(parameters(Map.of("mlgate.report.summary.lines", "10")),
                Optional.empty());

        assertThat(tooShort.summaryLines()).isEqualTo(59);
        assertThat(tooShort.problems()).containsExactly("Invalid configuration value for 'mlgate.report.summary.lines':"
                + " '10' is not a whole number of at least 30; using 59");
    }

    @Test
    void the_model_s_identity_is_read_from_configuration() {
        assertThat(ModelIdentity.configured(parameters(Map.of("mlgate.model.name", " churn ",
                "mlgate.model.version", "2.1.0")))).isEqualTo(new ModelIdentity("churn", "2.1.0"));
        assertThat(ModelIdentity.configured(parameters(Map.of("mlgate.model.name", " ")))).isEqualTo(
                ModelIdentity.UNNAMED);
    }

    @Test
    void placeholders_in_the_report_directory_and_history_resolve_as_in_artifact_paths() {
        ReportSettings settings = ReportSettings.of(parameters(Map.of("mlgate.basedir", dir.toString(),
                "build", "b42", "mlgate.report.dir", "out/${build}/${flavour:-plain}",
                "mlgate.report.history", "${build}/history.jsonl")), Optional.empty());

        assertThat(settings.reportDir()).isEqualTo(dir.resolve("out/b42/plain"));
        assertThat(settings.historyFile()).isEqualTo(dir.resolve("b42/history.jsonl"));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void an_unresolvable_placeholder_in_the_report_directory_is_a_problem_and_the_default_is_used() {
        ReportSettings settings = ReportSettings.of(parameters(Map.of("mlgate.basedir", dir.toString(),
                "mlgate.report.dir", "out/${no.such.key}")), Optional.of(dir.resolve("target")));

        assertThat(settings.reportDir()).isEqualTo(dir.resolve("target/mlgate"));
        assertThat(settings.problems()).singleElement().asString().startsWith("Cannot resolve placeholder"
                + " ${no.such.key} in 'out/${no.such.key}' of mlgate.report.dir: set the configuration parameter")
                .endsWith("; using the default");
    }

    @Test
    void enabled_is_true_or_false_in_any_case() {
        assertThat(ReportSettings.of(parameters(Map.of("mlgate.report.enabled", "FALSE")), Optional.empty()).enabled())
                .isFalse();
        assertThat(ReportSettings.of(parameters(Map.of("mlgate.report.enabled", "True")), Optional.empty()).enabled())
                .isTrue();
        assertThat(ReportSettings.of(parameters(Map.of("mlgate.report.enabled", "false")), Optional.empty())
                .problems()).isEmpty();
    }

    @Test
    void any_other_enabled_value_is_a_problem_naming_key_value_and_allowed_values_and_keeps_the_report() {
        ReportSettings settings = ReportSettings.of(parameters(Map.of("mlgate.report.enabled", "ture")),
                Optional.empty());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.problems()).containsExactly("Invalid configuration value for 'mlgate.report.enabled':"
                + " 'ture' is neither true nor false (case-insensitive); writing the report, the default");
    }

    static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}
