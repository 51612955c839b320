package dev.mlgate.report;

import dev.mlgate.engine.internal.ReportChannel;
import dev.mlgate.report.internal.Lineage;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Promotion;
import dev.mlgate.report.internal.ReportSettings;
import dev.mlgate.report.internal.ReportWriter;
import dev.mlgate.report.internal.ReportingRoot;
import dev.mlgate.report.internal.RetrainSettings;
import dev.mlgate.report.internal.RunAssembler;
import dev.mlgate.report.internal.RunRecorder;
import dev.mlgate.report.internal.RunStamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes report.json, report.html, summary.md and promotion.json for every run whose plan includes the
 * mlgate engine, from the events and report entries the engine emits; nodes of other engines are
 * ignored. When the run starts, promotion.json is replaced by a pending one that promotes nothing, so a
 * run that dies never leaves an earlier PROMOTE behind; only a complete, passing run's end writes
 * PROMOTE. Nothing this listener does can fail the run: any error is printed and leaves REJECT.
 * Registered through {@code META-INF/services}, so Maven Surefire, IDEs and the console launcher pick it
 * up whenever mlgate-report is on the test class path. See {@link ReportConstants} for where the files go.
 */
public final class MlgateReportListener implements TestExecutionListener {

    private final ReportWriter writer;
    private RunRecorder recorder = new RunRecorder();
    private RunStamp stamp;
    private ReportSettings settings;

    /** The listener that the service loader creates: it writes to the file system. */
    public MlgateReportListener() {
        this(ReportWriter.onDisk());
    }

    MlgateReportListener(ReportWriter writer) {
        this.writer = writer;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        recorder = new RunRecorder();
        stamp = RunStamp.startingNow();
        settings = null;
        boolean mlgatePlanned = false;
        Deque<TestIdentifier> pending = new ArrayDeque<>(testPlan.getRoots());
        while (!pending.isEmpty()) {
            TestIdentifier identifier = pending.pop();
            recorder.planned(identifier);
            if (identifier.getUniqueIdObject().getEngineId().filter(RunRecorder.ENGINE_ID::equals).isPresent()) {
                mlgatePlanned = true;
                pending.addAll(testPlan.getChildren(identifier));
            }
        }
        if (!mlgatePlanned) {
            return;
        }
        try {
            settings = ReportSettings.of(testPlan.getConfigurationParameters(), ReportingRoot.of(testPlan));
            settings.problems().forEach(problem -> System.err.println("mlgate: " + problem));
            if (settings.enabled()) {
                writer.writePending(settings, stamp);
            }
        } catch (Throwable e) { // NOPMD: a listener that throws would take the whole run down
            System.err.println("mlgate: could not mark the run as under way in promotion.json: " + e);
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
        if (settings == null || !settings.enabled()) {
            return;
        }
        try {
            recorder.channel().ifPresent(token -> recorder.absorb(ReportChannel.take(token)));
            if (!recorder.anyRan()) {
                writer.writeRejection(settings, stamp, "No mlgate check ran in this run (the selection or"
                        + " filters left none); nothing was checked, so nothing is promoted.");
                System.out.println("mlgate: REJECT \u2014 no mlgate check ran in this run; promotion.json in "
                        + settings.reportDir());
                return;
            }
            Run run = RunAssembler.assemble(recorder,
                    Lineage.of(testPlan.getConfigurationParameters(), settings.basedir()), Instant.now(),
                    settings.basedir());
            RetrainSettings retrain = RetrainSettings.of(testPlan.getConfigurationParameters());
            retrain.problems().forEach(problem -> System.err.println("mlgate: " + problem));
            Promotion promotion = writer.write(run, settings, retrain, stamp);
            System.out.println(ConsoleSummary.line(promotion, run, settings.reportDir()));
        } catch (Throwable e) { // NOPMD: even an OutOfMemoryError here must leave REJECT, not a crash
            reject(e);
        }
    }

    private void reject(Throwable failure) {
        System.err.println("mlgate: could not write the report to " + settings.reportDir() + ": " + failure);
        try {
            writer.writeRejection(settings, stamp, "The report could not be written (" + failure
                    + "); a run without its report promotes nothing.");
        } catch (Throwable again) { // NOPMD: the pending promotion.json written at the start still stands
            System.err.println("mlgate: promotion.json still says the run is pending: " + again);
        }
    }
}
