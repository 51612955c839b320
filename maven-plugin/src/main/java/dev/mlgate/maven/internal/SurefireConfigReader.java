package dev.mlgate.maven.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads the project's effective maven-surefire-plugin: its version (Maven has already filled in the one
 * it binds when the POM names none) and the includes, excludes and excluded engines of the plugin's
 * configuration and of its {@code default-test} execution.
 */
public final class SurefireConfigReader {

    static final String KEY = "org.apache.maven.plugins:maven-surefire-plugin";

    private SurefireConfigReader() {
    }

    /** The project's Surefire setup; Surefire's defaults with no version when the project has no Surefire. */
    public static SurefireSetup read(MavenProject project) {
        Plugin plugin = project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(KEY);
        if (plugin == null) {
            return SurefireSetup.defaults(null);
        }
        List<Xpp3Dom> configurations = new ArrayList<>();
        configurations.add((Xpp3Dom) plugin.getConfiguration());
        PluginExecution execution = plugin.getExecutionsAsMap().get("default-test");
        if (execution != null) {
            configurations.add((Xpp3Dom) execution.getConfiguration());
        }
        return SurefireSetup.of(plugin.getVersion(), children(configurations, "includes"),
                children(configurations, "excludes"), children(configurations, "excludeJUnit5Engines"));
    }

    /** Whether the POM switches Surefire's test run off ({@code skip}, {@code skipTests} or {@code skipExec} true). */
    public static boolean skipsTests(MavenProject project) {
        Plugin plugin = project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(KEY);
        Xpp3Dom configuration = plugin == null ? null : (Xpp3Dom) plugin.getConfiguration();
        if (configuration == null) {
            return false;
        }
        for (String name : List.of("skip", "skipTests", "skipExec")) {
            Xpp3Dom child = configuration.getChild(name);
            if (child != null && "true".equalsIgnoreCase(String.valueOf(child.getValue()).trim())) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the list element {@code name}; the execution's list wins over the plugin's, as in Maven. */
    private static List<String> children(List<Xpp3Dom> configurations, String name) {
        List<String> values = List.of();
        for (Xpp3Dom configuration : configurations) {
            Xpp3Dom list = configuration == null ? null : configuration.getChild(name);
            if (list != null) {
                List<String> found = new ArrayList<>();
                for (Xpp3Dom child : list.getChildren()) {
                    if (child.getValue() != null && !child.getValue().isBlank()) {
                        found.add(child.getValue().trim());
                    }
                }
                values = found;
            }
        }
        return values;
    }
}
