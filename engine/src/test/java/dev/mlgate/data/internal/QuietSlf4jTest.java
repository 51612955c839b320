package dev.mlgate.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.Tables;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import tech.tablesaw.api.Table;

/**
 * A user's tests must not show SLF4J's no-provider warning because mlgate uses Tablesaw. SLF4J starts once
 * per JVM, so each case runs in a fresh JVM on this test's class path, which has no SLF4J provider.
 */
class QuietSlf4jTest {

    private static final String WARNING = "SLF4J(W): No SLF4J providers were found";

    @TempDir
    Path dir;

    @Test
    void loadingATableWithoutAnSlf4jProviderPrintsNothingFromSlf4j() throws Exception {
        assertThat(QuietSlf4j.hasBinding(QuietSlf4jTest.class.getClassLoader())).isFalse();

        String output = runJava(List.of(), LoadTable.class, csv().toString());

        assertThat(output).contains("rows=2").doesNotContain("SLF4J");
    }

    @Test
    void aUsersOwnTablesawCodeInATestIsQuietOnceTheLauncherHasDiscoveredTests() throws Exception {
        String output = runJava(List.of(), LaunchThenCreateTablesawTable.class);

        assertThat(output).contains("columns=0").doesNotContain("SLF4J");
    }

    @Test
    void tablesawAloneWouldPrintTheWarningThisGuardsAgainst() throws Exception {
        String output = runJava(List.of(), CreateTablesawTable.class);

        assertThat(output).contains(WARNING);
    }

    @Test
    void aUserWhoAsksForSlf4jWarningsStillGetsThem() throws Exception {
        String output = runJava(List.of("-D" + QuietSlf4j.VERBOSITY + "=WARN"), LoadTable.class, csv().toString());

        assertThat(output).contains("rows=2").contains(WARNING);
    }

    @Test
    void aProviderOrALegacyBindingOnTheClassPathCountsAsABinding() throws IOException {
        Path provider = dir.resolve("provider/META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
        Path legacy = dir.resolve("legacy/org/slf4j/impl/StaticLoggerBinder.class");
        for (Path file : List.of(provider, legacy)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        Files.createDirectories(dir.resolve("empty"));

        assertThat(QuietSlf4j.hasBinding(loaderOf(dir.resolve("provider")))).isTrue();
        assertThat(QuietSlf4j.hasBinding(loaderOf(dir.resolve("legacy")))).isTrue();
        assertThat(QuietSlf4j.hasBinding(loaderOf(dir.resolve("empty")))).isFalse();
    }

    private Path csv() throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "id,score\n1,0.5\n2,0.7\n");
        return file;
    }

    private static ClassLoader loaderOf(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static String runJava(List<String> jvmOptions, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Loads a CSV into a table through the public API, as a custom check would. */
    static final class LoadTable {
        public static void main(String[] args) {
            Table table = Tables.load(Artifacts.open(Path.of(args[0])), Map.of());
            System.out.println("rows=" + table.rowCount());
        }
    }

    /** Discovers tests as Surefire does (the launcher loads every engine), then uses Tablesaw as a test would. */
    static final class LaunchThenCreateTablesawTable {
        public static void main(String[] args) {
            LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(CreateTablesawTable.class)).build());
            CreateTablesawTable.main(args);
        }
    }

    /** Initialises Tablesaw's Table class directly, without mlgate. */
    static final class CreateTablesawTable {
        public static void main(String[] args) {
            System.out.println("columns=" + Table.create("plain").columnCount());
        }
    }
}
