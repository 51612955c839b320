package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class SurefireConfigReaderTest {

    @Test
    void reads_version_includes_excludes_and_excluded_engines() throws Exception {
        MavenProject project = project("3.2.5", """
                <configuration>
                  <includes><include>**/*Test.java</include><include>**/suites/*.java</include></includes>
                  <excludes><exclude>**/legacy/**</exclude></excludes>
                  <excludeJUnit5Engines><excludeJUnit5Engine>mlgate</excludeJUnit5Engine></excludeJUnit5Engines>
                </configuration>""", null);

        SurefireSetup surefire = SurefireConfigReader.read(project);

        assertThat(surefire.version()).isEqualTo("3.2.5");
        assertThat(surefire.includes()).containsExactly("**/*Test.java", "**/suites/*.java");
        assertThat(surefire.customIncludes()).isTrue();
        assertThat(surefire.excludes()).containsExactly("**/legacy/**");
        assertThat(surefire.excludesMlgateEngine()).isTrue();
        assertThat(SurefireConfigReader.skipsTests(project)).isFalse();
    }

    @Test
    void the_default_test_execution_s_includes_win() throws Exception {
        MavenProject project = project("3.2.5", "<configuration><includes><include>A.java</include></includes>"
                + "</configuration>", "<configuration><includes><include>B.java</include></includes></configuration>");

        assertThat(SurefireConfigReader.read(project).includes()).containsExactly("B.java");
    }

    @Test
    void without_configuration_surefire_s_defaults_apply() throws Exception {
        SurefireSetup surefire = SurefireConfigReader.read(project("2.12.4", null, null));

        assertThat(surefire.version()).isEqualTo("2.12.4");
        assertThat(surefire.includes()).isEqualTo(SurefireSetup.DEFAULT_INCLUDES);
        assertThat(surefire.excludes()).isEqualTo(SurefireSetup.DEFAULT_EXCLUDES);
        assertThat(surefire.customIncludes()).isFalse();
    }

    @Test
    void a_project_without_surefire_has_no_version() {
        Model model = new Model();
        model.setBuild(new Build());

        assertThat(SurefireConfigReader.read(new MavenProject(model)).version()).isNull();
    }

    @Test
    void skip_tests_in_the_configuration_is_seen() throws Exception {
        assertThat(SurefireConfigReader.skipsTests(project("3.2.5", "<configuration><skipTests>true</skipTests>"
                + "</configuration>", null))).isTrue();
    }

    private static MavenProject project(String version, String configuration, String executionConfiguration)
            throws Exception {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId("maven-surefire-plugin");
        plugin.setVersion(version);
        if (configuration != null) {
            plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
        }
        if (executionConfiguration != null) {
            PluginExecution execution = new PluginExecution();
            execution.setId("default-test");
            execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(executionConfiguration)));
            plugin.addExecution(execution);
        }
        Build build = new Build();
        build.addPlugin(plugin);
        Model model = new Model();
        model.setBuild(build);
        return new MavenProject(model);
    }
}
