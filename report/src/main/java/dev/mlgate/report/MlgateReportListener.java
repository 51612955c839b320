package dev.mlgate.report;

import dev.mlgate.report.internal.Lineage;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Promotion;
import dev.mlgate.report.internal.ReportSettings;
import dev.mlgate.report.internal.ReportWriter;
import dev.mlgate.report.internal.ReportingRoot;
import dev.mlgate.report.internal.RunAssembler;
import dev.mlgate.report.internal.RunRecorder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes report.json, report.html, summary.md and promotion.json at the end of every run in which
 * mlgate suites ran, from the events and report entries the mlgate engine emits; nodes of other
 * engines are ignored. Registered through {@code META-INF/services}, so Maven Surefire, IDEs and the
 * console launcher pick it up whenever mlgate-report is on the test class path. See
 * {@link ReportConstants} for where the files go.
 */
public final class MlgateReportListener implements TestExecutionListener {

    private RunRecorder recorder = new RunRecorder();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        recorder = new RunRecorder();
        Deque<TestIdentifier> pending = new ArrayDeque<>(testPlan.getRoots());
        while (!pending.isEmpty()) {
            TestIdentifier identifier = pending.pop();
            recorder.planned(identifier);
            if (identifier.getUniqueIdObject().getEngineId().filter(RunRecorder.ENGINE_ID::equals).isPresent()) {
                pending.addAll(testPlan.getChildren(identifier));
            }
        }
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        recorder.planned(testIdentifier);
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        recorder.started(testIdentifier);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        recorder.skipped(testIdentifier, reason);
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        recorder.finished(testIdentifier, testExecutionResult);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        recorder.published(testIdentifier, entry);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!recorder.anyRan()) {
            return;
        }
        ReportSettings settings = ReportSettings.of(testPlan.getConfigurationParameters(), ReportingRoot.of(testPlan));
        settings.problems().forEach(problem -> System.err.println("mlgate: " + problem));
        if (!settings.enabled()) {
            return;
        }
        Run run = RunAssembler.assemble(recorder, Lineage.of(testPlan.getConfigurationParameters(),
                settings.basedir()), Instant.now(), settings.basedir());
        try {
            Promotion promotion = ReportWriter.write(run, settings);
            System.out.println("mlgate: " + promotion.decision() + " (verdict " + run.verdict().word() + "); report in "
                    + settings.reportDir());
        } catch (IOException | RuntimeException e) {
            System.err.println("mlgate: could not write the report to " + settings.reportDir() + ": " + e);
        }
    }
}
