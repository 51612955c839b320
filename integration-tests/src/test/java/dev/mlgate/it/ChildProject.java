package dev.mlgate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user project in {@code target/it-work/<name>}, built by a separate {@code mvn} process as a user would
 * build it, with the child repository and settings of {@link ItEnvironment}.
 */
final class ChildProject {

    /** Two child builds at once fill a 2-core machine; more would only slow each down. */
    private static final Semaphore BUILDS = new Semaphore(2, true);
    private static final long TIMEOUT_MINUTES = 5;

    private final Path dir;
    private int builds;

    private ChildProject(Path dir) {
        this.dir = dir;
    }

    /** A fresh copy of {@code src/it-projects/<template>}, with {@code @mlgate.version@} replaced. */
    static ChildProject fromTemplate(String template, String name) {
        ChildProject project = empty(name);
        Path source = ItEnvironment.templates().resolve(template);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                project.write(source.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** An empty directory {@code target/it-work/<name>}, for projects a test writes itself. */
    static ChildProject empty(String name) {
        Path dir = ItEnvironment.work().resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path path : old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChildProject(dir);
    }

    /** Writes a file of the project, replacing {@code @mlgate.version@} with the version under test. */
    ChildProject write(String relativePath, String content) {
        Path file = dir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content.replace("@mlgate.version@", ItEnvironment.mlgateVersion()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path dir() {
        return dir;
    }

    /** Runs {@code mvn -B <arguments>} in the project and waits for it; the log goes to {@code build-<n>.log}. */
    BuildResult mvn(String... arguments) {
        List<String> command = new ArrayList<>(List.of(ItEnvironment.mvn(), "-B", "-ntp",
                "-s", ItEnvironment.settings().toString(),
                "-Dmaven.repo.local=" + ItEnvironment.repository()));
        command.addAll(List.of(arguments));
        Path log = dir.resolve("build-" + (++builds) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // A lean JVM for Maven itself: the child builds are short, and the machine runs two at once.
        builder.environment().put("MAVEN_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        try {
            BUILDS.acquire();
            try {
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("mvn " + String.join(" ", arguments) + " in " + dir
                            + " did not finish within " + TIMEOUT_MINUTES + " minutes; log " + log);
                }
                String output = Files.readString(log);
                return new BuildResult(process.exitValue(), output, log, causes(output));
            } finally {
                BUILDS.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The distinct "Caused by:" lines of the log and of Surefire's dump files, at most three. */
    private List<String> causes(String output) throws IOException {
        StringBuilder text = new StringBuilder(output);
        Path reports = dir.resolve("target/surefire-reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> dumps = Files.list(reports)) {
                for (Path dump : dumps.filter(f -> f.toString().matches(".*\\.dump(stream)?")).toList()) {
                    text.append('\n').append(Files.readString(dump));
                }
            }
        }
        return text.toString().lines().map(String::strip).map(line -> line.replaceFirst("^\\[ERROR\\] ", ""))
                .filter(line -> line.startsWith("Caused by:")).distinct().limit(3).toList();
    }

    /** Surefire's XML reports of the last build. */
    SurefireReport surefire() {
        return SurefireReport.read(dir.resolve("target/surefire-reports"));
    }

    /** {@code target/mlgate/promotion.json}, if the last run left one. */
    Optional<JsonNode> promotion() {
        Path file = dir.resolve("target/mlgate/promotion.json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision in promotion.json, or {@code "none"} when there is no file. */
    String decision() {
        return promotion().map(json -> json.path("decision").asText("none")).orElse("none");
    }
}
