package dev.mlgate.maven.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Why Surefire did not run mlgate suites, from what the plugin can see: a Surefire too old for JUnit
 * Platform engines, the mlgate engine excluded, mlgate jars missing from the test class path, suite
 * classes outside Surefire's includes. Each line names the cause and the change that fixes it.
 */
public final class SurefireDiagnosis {

    private SurefireDiagnosis() {
    }

    /** The causes found for {@code suitesNotRun} not running (empty when none is visible). */
    public static List<String> causes(List<String> suitesNotRun, TestClasses classes, SurefireSetup surefire) {
        List<String> causes = new ArrayList<>();
        if (!surefire.runsPlatformEngines()) {
            causes.add(surefire.describe() + " cannot run JUnit Platform engines at all (the first that can is "
                    + SurefireSetup.FIRST_PLATFORM_VERSION + "; Maven 3.8 binds " + SurefireSetup.MAVEN_38_DEFAULT
                    + " when the POM sets no <version>), so its log says 'Tests run: 0' and the build stays"
                    + " green: set maven-surefire-plugin's <version> to " + SurefireSetup.RECOMMENDED_VERSION
                    + " or later in <build><plugins> or <pluginManagement>.");
        }
        if (surefire.excludesMlgateEngine()) {
            causes.add("maven-surefire-plugin's <excludeJUnit5Engines> lists mlgate, so Surefire never starts the"
                    + " mlgate engine: remove that entry.");
        }
        if (!classes.engineOnClasspath()) {
            causes.add("mlgate-engine is not on the test class path: add the dependency dev.mlgate:mlgate-engine"
                    + " with <scope>test</scope>.");
        }
        if (!classes.listenerOnClasspath()) {
            causes.add("mlgate-report is not on the test class path, so no report is written: add the dependency"
                    + " dev.mlgate:mlgate-report with <scope>test</scope>.");
        }
        List<String> skipped = suitesNotRun.stream().filter(suite -> !surefire.runs(suite)).toList();
        causes.addAll(IncludeAdvice.explain(skipped, surefire));
        return causes;
    }

    /** The causes as message lines, or the things to check when no cause is visible. */
    public static String explain(List<String> suitesNotRun, TestClasses classes, SurefireSetup surefire) {
        List<String> causes = causes(suitesNotRun, classes, surefire);
        if (causes.isEmpty()) {
            return "\n  Surefire (" + surefire.describe() + ") includes every suite class and the mlgate jars are on"
                    + " the test class path, so check that the tests ran in this same Maven invocation (not skipped"
                    + " through Surefire's <skipTests>, not in an earlier build), that mlgate.report.enabled is not"
                    + " false, and that this goal's <reportDirectory> (mlgate.report.dir) is where the report is"
                    + " written.";
        }
        StringBuilder text = new StringBuilder();
        causes.forEach(cause -> text.append("\n  - ").append(cause));
        return text.toString();
    }
}
