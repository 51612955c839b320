package dev.mlgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's own decisions around the gate: options, skipping, failing or warning. */
class MlgateCheckMojoTest {

    @TempDir
    Path basedir;
    final List<String> logged = new ArrayList<>();
    final MlgateCheckMojo mojo = new MlgateCheckMojo();
    final MavenProject project = new MavenProject(new Model());

    @BeforeEach
    void configure() throws Exception {
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        build.setOutputDirectory(basedir.resolve("target/classes").toString());
        build.setTestOutputDirectory(basedir.resolve("target/test-classes").toString());
        project.getModel().setBuild(build);
        project.setArtifactId("churn");
        project.setPackaging("jar");
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(Date.from(Instant.parse("2026-12-04T23:40:00Z")));
        request.setExecutionListener(null);
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        set("project", project);
        set("session", session);
        set("reportDirectory", basedir.resolve("target/mlgate").toFile());
        set("testOutputDirectory", basedir.resolve("target/test-classes").toFile());
        set("skip", "false");
        set("warnOnly", "false");
        set("checkSuites", "true");
        set("requiredDecision", "PROMOTE");
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add("INFO " + content);
            }

            @Override
            public void warn(CharSequence content) {
                logged.add("WARNING " + content);
            }
        });
    }

    @Test
    void fails_with_the_problem_s_message_when_there_is_no_report() {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("mlgate NO SUITES: There is no " + basedir.resolve("target/mlgate/promotion.json"));
        assertThat(logged).contains("INFO mlgate: NO SUITES");
    }

    @Test
    void warn_only_logs_the_problem_and_passes() throws Exception {
        set("warnOnly", "true");

        mojo.execute();

        assertThat(logged).anyMatch(line -> line.startsWith("WARNING mlgate NO SUITES: There is no"))
                .contains("WARNING mlgate: warnOnly is true, so the build passes although the gate failed (NO SUITES).");
    }

    @Test
    void skipped_tests_skip_the_check_with_one_line() throws Exception {
        set("skipTests", true);

        mojo.execute();

        assertThat(logged).containsExactly(
                "INFO mlgate: tests were skipped (skipTests or maven.test.skip), so no promotion decision was checked.");
    }

    @Test
    void a_pom_module_is_skipped() throws Exception {
        project.setPackaging("pom");

        mojo.execute();

        assertThat(logged).singleElement().asString().startsWith("INFO mlgate: skipped for churn (packaging pom");
    }

    @Test
    void an_invalid_option_fails_before_anything_is_read() throws Exception {
        set("checkSuites", "ja");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid value 'ja' for the mlgate:check option <checkSuites> (property mlgate.checkSuites):"
                        + " allowed values are true, false.");
    }

    @Test
    void skip_wins_over_everything_else() throws Exception {
        set("skip", "true");
        Files.createDirectories(basedir.resolve("target/mlgate"));
        Files.writeString(basedir.resolve("target/mlgate/promotion.json"), "not json");

        mojo.execute();

        assertThat(logged).containsExactly("INFO mlgate: skipped (mlgate.skip is true): no promotion decision was checked.");
    }

    private void set(String name, Object value) throws Exception {
        Field field = MlgateCheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
