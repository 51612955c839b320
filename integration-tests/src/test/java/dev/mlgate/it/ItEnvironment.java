package dev.mlgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the integration tests find Maven, the template projects and the repositories, as Failsafe passes
 * them (integration-tests/pom.xml); each falls back to what a run from the module directory would use.
 */
final class ItEnvironment {

    private static Path settings;

    private ItEnvironment() {
    }

    /** The mvn launcher of the Maven running this build, or {@code mvn} on the PATH. */
    static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    static String mlgateVersion() {
        return required("mlgate.version");
    }

    static Path templates() {
        return Path.of(System.getProperty("it.projects", "src/it-projects")).toAbsolutePath();
    }

    static Path work() {
        return Path.of(System.getProperty("it.work", "target/it-work")).toAbsolutePath();
    }

    static Path repository() {
        return Path.of(System.getProperty("it.repo", "target/it-repo")).toAbsolutePath();
    }

    static Path readme() {
        return Path.of(System.getProperty("it.readme", "../README.md")).toAbsolutePath();
    }

    /**
     * A settings.xml that lets child builds take releases already in the user's repository (as a file
     * repository, releases only, checked before Maven Central), so CI does not download them twice. The
     * mlgate snapshots come from {@link #repository()}, where invoker:install put them.
     */
    static synchronized Path settings() {
        if (settings != null) {
            return settings;
        }
        Path userRepo = Path.of(System.getProperty("it.user-repo",
                System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();
        String repository = """
                <id>user-releases</id>
                <url>%s</url>
                <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>
                """.formatted(userRepo.toUri());
        String xml = """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-releases</id>
                      <repositories><repository>%1$s</repository></repositories>
                      <pluginRepositories><pluginRepository>%1$s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>user-releases</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository);
        try {
            Files.createDirectories(work());
            settings = Files.writeString(work().resolve("settings.xml"), xml);
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("system property " + key + " is not set: run the ITs through Failsafe"
                    + " (mvn -B -pl integration-tests -am verify)");
        }
        return value;
    }
}
