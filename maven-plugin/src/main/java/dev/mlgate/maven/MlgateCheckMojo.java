package dev.mlgate.maven;

import dev.mlgate.maven.internal.EndOfBuildSummary;
import dev.mlgate.maven.internal.Gate;
import dev.mlgate.maven.internal.GateInput;
import dev.mlgate.maven.internal.GateResult;
import dev.mlgate.maven.internal.InvalidOption;
import dev.mlgate.maven.internal.Problem;
import dev.mlgate.maven.internal.ReportFiles;
import dev.mlgate.maven.internal.RequiredDecision;
import dev.mlgate.maven.internal.RevokedPromotion;
import dev.mlgate.maven.internal.SuiteScanner;
import dev.mlgate.maven.internal.Summary;
import dev.mlgate.maven.internal.SurefireConfigReader;
import dev.mlgate.maven.internal.TestClasses;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build unless this build's mlgate run decided PROMOTE. It reads promotion.json and
 * report.json, refuses a report that is missing, from an earlier build, unfinished, inconsistent or
 * partial, names the suite classes the run did not cover and why Surefire skipped them, and prints a
 * short summary at the end of the build. This is the way to gate on mlgate in CI.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class MlgateCheckMojo extends AbstractMojo {

    /** Skips the check entirely; no decision is checked. */
    @Parameter(property = "mlgate.skip", defaultValue = "false")
    private String skip;

    /** Surefire's own switch: with tests skipped there is no run to check. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Maven's switch that skips compiling and running tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /** The directory mlgate-report writes to; keep it equal to the report's {@code mlgate.report.dir}. */
    @Parameter(property = "mlgate.report.dir", defaultValue = "${project.build.directory}/mlgate")
    private File reportDirectory;

    /** Logs every problem as a warning and lets the build pass. */
    @Parameter(property = "mlgate.warnOnly", defaultValue = "false")
    private String warnOnly;

    /** PROMOTE (default): anything else fails; ANY: a REJECT passes, but the report must still be sound. */
    @Parameter(property = "mlgate.requiredDecision", defaultValue = "PROMOTE")
    private String requiredDecision;

    /** Compares the suite classes in the test classes with the suites in the report. */
    @Parameter(property = "mlgate.checkSuites", defaultValue = "true")
    private String checkSuites;

    @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true, required = true)
    private File testOutputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        boolean skipped;
        boolean warnings;
        boolean scan;
        RequiredDecision required;
        try {
            skipped = InvalidOption.parseBoolean("skip", "mlgate.skip", skip);
            warnings = InvalidOption.parseBoolean("warnOnly", "mlgate.warnOnly", warnOnly);
            scan = InvalidOption.parseBoolean("checkSuites", "mlgate.checkSuites", checkSuites);
            required = RequiredDecision.parse(requiredDecision);
        } catch (InvalidOption e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (skipped) {
            getLog().info("mlgate: skipped (mlgate.skip is true): no promotion decision was checked.");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            // A parent POM that declares the plugin for its modules has no tests of its own to gate.
            getLog().info("mlgate: skipped for " + project.getArtifactId() + " (packaging pom has no tests): no"
                    + " promotion decision was checked here.");
            return;
        }
        if (skipTests || mavenTestSkip || SurefireConfigReader.skipsTests(project)) {
            getLog().info("mlgate: tests were skipped (skipTests or maven.test.skip), so no promotion decision was"
                    + " checked.");
            return;
        }
        GateInput input = new GateInput(reportDirectory.toPath(), ReportFiles.promotion(reportDirectory.toPath()),
                ReportFiles.report(reportDirectory.toPath()), buildStart(), scan ? scanTestClasses() : TestClasses.notScanned(),
                SurefireConfigReader.read(project), required);
        GateResult result = Gate.decide(input);
        List<String> summary = Summary.lines(input, result);
        if (session.getProjects() != null && session.getProjects().size() > 1) {
            summary.set(0, summary.get(0) + " [" + project.getArtifactId() + "]");
        }
        EndOfBuildSummary.schedule(session, summary, getLog());
        if (RevokedPromotion.needed(input, result)) {
            try {
                RevokedPromotion.write(input, result);
                getLog().warn("mlgate: promotion.json said PROMOTE for a run this build did not earn; it now says"
                        + " REJECT, naming why.");
            } catch (IOException e) {
                throw new MojoExecutionException("promotion.json says PROMOTE for a run this build did not earn, and"
                        + " it could not be replaced with a REJECT: " + e, e);
            }
        }
        if (result.passed()) {
            getLog().info("mlgate: " + result.headline() + "; the summary follows at the end of the build.");
            return;
        }
        if (warnings) {
            result.problems().forEach(problem -> getLog().warn(render(problem)));
            getLog().warn("mlgate: warnOnly is true, so the build passes although the gate failed ("
                    + result.headline() + ").");
            return;
        }
        throw new MojoFailureException(result.problems().stream().map(MlgateCheckMojo::render)
                .collect(Collectors.joining("\n")));
    }

    private static String render(Problem problem) {
        return "mlgate " + problem.title() + ": " + problem.message();
    }

    private Instant buildStart() {
        if (session.getRequest().getStartTime() == null) {
            throw new IllegalStateException("Maven did not record when this build started");
        }
        return session.getRequest().getStartTime().toInstant();
    }

    private TestClasses scanTestClasses() throws MojoExecutionException {
        List<Path> classpath;
        try {
            classpath = project.getTestClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test class path is not resolved: " + e.getMessage(), e);
        }
        TestClasses classes = SuiteScanner.scan(testOutputDirectory.toPath(), classpath);
        if (!classes.unloadable().isEmpty()) {
            getLog().warn("mlgate: " + classes.unloadable().size() + " test classes could not be loaded to look for"
                    + " suites, so they are not compared with the report: " + String.join("; ", classes.unloadable()));
        }
        return classes;
    }
}
