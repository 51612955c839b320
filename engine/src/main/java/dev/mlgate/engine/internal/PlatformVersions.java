package dev.mlgate.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Detects JUnit artifacts of different lines on one test class path. Maven picks each artifact's
 * version by dependency order unless the project imports {@code org.junit:junit-bom}, so mlgate-engine
 * declared before Jupiter can pull a platform Jupiter was not built for; Jupiter's tests may then not
 * run at all. That must fail loudly, naming the fix, instead of leaving a green build.
 */
final class PlatformVersions {

    private static final Map<String, String> PROBES = probes();

    private PlatformVersions() {
    }

    private static Map<String, String> probes() {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("junit-platform-engine", "org.junit.platform.engine.TestEngine");
        probes.put("junit-platform-commons", "org.junit.platform.commons.support.ReflectionSupport");
        probes.put("junit-platform-launcher", "org.junit.platform.launcher.Launcher");
        probes.put("junit-jupiter-engine", "org.junit.jupiter.engine.JupiterTestEngine");
        probes.put("junit-jupiter-api", "org.junit.jupiter.api.Test");
        return probes;
    }

    /** A message naming the mismatched artifacts and the fix, or empty when all present lines agree. */
    static Optional<String> mismatch() {
        Map<String, String> versions = new LinkedHashMap<>();
        PROBES.forEach((artifact, probe) -> version(probe).ifPresent(version -> versions.put(artifact, version)));
        long lines = versions.values().stream().map(PlatformVersions::line).distinct().count();
        if (lines <= 1) {
            return Optional.empty();
        }
        return Optional.of("JUnit artifacts of different versions are on the test class path ("
                + versions.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", "))
                + "): Maven chose each version by dependency order, and Jupiter's tests may not run at all. Import"
                + " org.junit:junit-bom (type pom, scope import) in <dependencyManagement> with your JUnit version,"
                + " so that every JUnit artifact, including the platform mlgate-engine brings, takes that version.");
    }

    /**
     * The release line of a version, comparable across platform and Jupiter artifacts: Jupiter 5.N goes
     * with Platform 1.N; from 6.0 on, both share one version.
     */
    static String line(String version) {
        String[] parts = version.split("\\.");
        if (parts.length < 2) {
            return version;
        }
        String major = parts[0].equals("5") ? "1" : parts[0];
        return major + "." + parts[1];
    }

    private static Optional<String> version(String className) {
        try {
            Class<?> type = Class.forName(className, false, PlatformVersions.class.getClassLoader());
            return Optional.ofNullable(type.getPackage()).map(Package::getImplementationVersion);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
