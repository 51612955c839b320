package dev.mlgate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepositorySettingsTest {

    private static final Path BASEDIR = Path.of("/work/project");

    private static RepositorySettings read(Map<String, String> parameters, Map<String, String> environment) {
        return RepositorySettings.read(parameters::get, environment::get, BASEDIR);
    }

    @Test
    void nothing_configured_is_the_default_file_kept_forever_without_tags_or_credentials() {
        RepositorySettings settings = read(Map.of(), Map.of());

        assertThat(settings.location()).isEqualTo("file:mlgate-history/metrics.jsonl");
        assertThat(settings.scheme()).isEqualTo("file");
        assertThat(settings.tags()).isEmpty();
        assertThat(settings.retention()).isEqualTo(Retention.FOREVER);
        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void location_tags_retention_and_credentials_are_read_with_configuration_before_environment() {
        RepositorySettings settings = read(Map.of("mlgate.repository", " jdbc:postgresql://db:5432/ml ",
                "mlgate.repository.tags", "branch=main, env = ci", "mlgate.repository.retention", "90d",
                "mlgate.repository.user", "gate"), Map.of("MLGATE_REPOSITORY_USER", "other",
                "MLGATE_REPOSITORY_PASSWORD", "secret"));

        assertThat(settings.location()).isEqualTo("jdbc:postgresql://db:5432/ml");
        assertThat(settings.scheme()).isEqualTo("jdbc");
        assertThat(settings.tags()).containsExactly(Map.entry("branch", "main"), Map.entry("env", "ci"));
        assertThat(settings.retention().maxAge()).contains(Duration.ofDays(90));
        assertThat(settings.user()).contains("gate");
        assertThat(settings.password()).contains("secret");
    }

    @Test
    void a_tag_without_a_name_and_a_malformed_retention_are_refused_naming_the_key() {
        assertThatThrownBy(() -> read(Map.of("mlgate.repository.tags", "branch=main,ci"), Map.of()))
                .hasMessage("mlgate.repository.tags: 'ci' is not name=value (in 'branch=main,ci')");
        assertThatThrownBy(() -> read(Map.of("mlgate.repository.retention", "forever"), Map.of()))
                .hasMessage("mlgate.repository.retention: 'forever' is not a retention: write an age such as 90d, 12h"
                        + " or 4w, or a run count such as 100 runs");
    }

    @Test
    void a_relative_file_resolves_against_the_base_directory_and_an_unknown_scheme_names_the_fix() {
        try (MetricsRepository repository = MetricsRepositories.open(read(Map.of("mlgate.repository",
                "file:history/runs.jsonl"), Map.of()))) {
            assertThat(repository.location()).isEqualTo("file:" + BASEDIR.resolve("history/runs.jsonl"));
        }
        assertThatThrownBy(() -> MetricsRepositories.open(read(Map.of("mlgate.repository",
                "jdbc:postgresql://db/ml?user=u&password=hunter2"), Map.of())))
                .isInstanceOf(MetricsRepositoryException.class)
                .hasMessage("mlgate.repository = 'jdbc:postgresql://db/ml?user=u&password=***': no metrics repository"
                        + " for the scheme 'jdbc'; add dev.mlgate:mlgate-history-jdbc to the test classpath (built in:"
                        + " file:<path>)");
    }

    @Test
    void a_history_query_matches_subject_tags_and_a_half_open_time_window() {
        RunRecord run = new RunRecord("r", "a.Suite", Instant.parse("2026-01-02T00:00:00Z"),
                Map.of("env", "ci", "branch", "main"), Map.of("rows", 1.0));
        HistoryQuery query = HistoryQuery.of("a.Suite").tagged(Map.of("env", "ci"));

        assertThat(query.matches(run)).isTrue();
        assertThat(query.tagged(Map.of("env", "local")).matches(run)).isFalse();
        assertThat(HistoryQuery.of("b.Suite").matches(run)).isFalse();
        assertThat(query.since(run.time()).matches(run)).isTrue();
        assertThat(query.before(run.time()).matches(run)).isFalse();
    }
}
