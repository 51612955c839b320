package dev.mlgate.maven.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the plugin knows of the project's Surefire: its version ({@code null} when the POM sets none,
 * so Maven binds its own default), its includes and excludes (Surefire's defaults when the POM sets
 * none), and the JUnit Platform engines it is told to leave out.
 */
public record SurefireSetup(String version, List<String> includes, List<String> excludes, boolean customIncludes,
                            List<String> excludedEngines) {

    /** Surefire's default includes. */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    /** Surefire's default excludes: nested classes. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

    /** The first Surefire version that runs JUnit Platform engines. */
    public static final String FIRST_PLATFORM_VERSION = "2.22.0";

    /** The version to recommend. */
    public static final String RECOMMENDED_VERSION = "3.2.5";

    /** The version Maven 3.8's super POM binds when the project's POM names none. */
    public static final String MAVEN_38_DEFAULT = "2.12.4";

    /** A setup from the POM's values; empty lists mean Surefire's defaults. Commas split patterns, as in Surefire. */
    public static SurefireSetup of(String version, List<String> includes, List<String> excludes,
                                   List<String> excludedEngines) {
        List<String> ownIncludes = split(includes);
        List<String> ownExcludes = split(excludes);
        return new SurefireSetup(version == null || version.isBlank() ? null : version.trim(),
                ownIncludes.isEmpty() ? DEFAULT_INCLUDES : ownIncludes,
                ownExcludes.isEmpty() ? DEFAULT_EXCLUDES : ownExcludes,
                !ownIncludes.isEmpty(), List.copyOf(excludedEngines));
    }

    /** Surefire's defaults, with the given version. */
    public static SurefireSetup defaults(String version) {
        return of(version, List.of(), List.of(), List.of());
    }

    /** Whether Surefire would hand the class to the test engines. */
    public boolean runs(String className) {
        return includes.stream().map(SurefirePattern::of).anyMatch(p -> p.matches(className))
                && excludes.stream().map(SurefirePattern::of).noneMatch(p -> p.matches(className));
    }

    /** The exclude pattern that skips the class, if one does. */
    public String excludedBy(String className) {
        return excludes.stream().filter(p -> SurefirePattern.of(p).matches(className)).findFirst().orElse(null);
    }

    /** Whether this Surefire can run JUnit Platform engines at all (2.22.0 or later; unknown when no version is set). */
    public boolean runsPlatformEngines() {
        return version != null && Versions.compare(version, FIRST_PLATFORM_VERSION) >= 0;
    }

    /** Whether the mlgate engine is excluded through {@code <excludeJUnit5Engines>}. */
    public boolean excludesMlgateEngine() {
        return excludedEngines.stream().anyMatch(engine -> engine.trim().equals("mlgate"));
    }

    /** How to name this Surefire in a message. */
    public String describe() {
        return version == null ? "maven-surefire-plugin with no <version>"
                : "maven-surefire-plugin " + version;
    }

    private static List<String> split(List<String> patterns) {
        return patterns.stream()
                .flatMap(pattern -> Stream.of(pattern.split(",")))
                .map(String::trim)
                .filter(pattern -> !pattern.isEmpty())
                .toList();
    }

    /** Dotted version comparison: numeric parts compared as numbers, a qualifier ({@code -M5}) sorts before the release. */
    static final class Versions {
        private Versions() {
        }

        static int compare(String left, String right) {
            int[] a = numbers(left);
            int[] b = numbers(right);
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] : 0;
                int y = i < b.length ? b[i] : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return Boolean.compare(!left.contains("-"), !right.contains("-"));
        }

        private static int[] numbers(String version) {
            String release = version.split("-", 2)[0];
            return Arrays.stream(release.split("\\."))
                    .mapToInt(part -> part.chars().allMatch(Character::isDigit) && !part.isEmpty()
                            ? Integer.parseInt(part) : 0)
                    .toArray();
        }
    }
}
