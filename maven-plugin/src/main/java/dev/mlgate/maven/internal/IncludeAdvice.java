package dev.mlgate.maven.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why Surefire skips suite classes and what to change so it runs them: an {@code <include>} per package
 * for classes no include matches, and for excluded classes the exclude that skips them.
 */
public final class IncludeAdvice {

    private IncludeAdvice() {
    }

    /** One line per cause for the classes in {@code skipped} (all skipped by {@code surefire}). */
    public static List<String> explain(List<String> skipped, SurefireSetup surefire) {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> byInclude = new LinkedHashMap<>();
        for (String className : skipped) {
            String exclude = surefire.excludedBy(className);
            if (exclude == null) {
                byInclude.computeIfAbsent(suggestedInclude(className), key -> new ArrayList<>()).add(className);
            } else if (className.contains("$") && exclude.contains("$")) {
                lines.add(className + " is a nested class, and Surefire's exclude " + exclude
                        + " skips nested classes: make it a top-level class.");
            } else {
                lines.add(className + " is excluded by <exclude>" + exclude + "</exclude>: remove that exclude"
                        + " or rename the class so it does not match.");
            }
        }
        byInclude.forEach((include, classes) -> lines.add(String.join(", ", classes)
                + (classes.size() == 1 ? " matches" : " match") + " none of Surefire's includes ("
                + String.join(", ", surefire.includes()) + "): add <include>" + include
                + "</include> to maven-surefire-plugin's <configuration><includes>"
                + (surefire.customIncludes() ? "." : " (an <includes> list replaces the defaults, so list "
                        + String.join(", ", SurefireSetup.DEFAULT_INCLUDES) + " there too if you rely on them).")));
        return lines;
    }

    /** {@code **}/{@code <last package segment>/*.java}, or the class's own file name for the default package. */
    static String suggestedInclude(String className) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        int dot = topLevel.lastIndexOf('.');
        if (dot < 0) {
            return "**/" + topLevel + ".java";
        }
        String packageName = topLevel.substring(0, dot);
        return "**/" + packageName.substring(packageName.lastIndexOf('.') + 1) + "/*.java";
    }
}
