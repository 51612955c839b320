package dev.mlgate.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.data.ArtifactObserver;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a benchmark contract the way its users do, through the JUnit Platform {@link Launcher}, and
 * checks once (outside any timed code) that the run did real work: the expected number of checks ran,
 * none errored, and each file was scanned exactly once.
 */
public final class ContractRuns {

    private final Launcher launcher = LauncherFactory.create();
    private final LauncherDiscoveryRequest request;
    private final LauncherDiscoveryRequest observed;

    /**
     * A runner of {@code contract} with the given configuration parameters ({@code bench.data},
     * {@code bench.reference}, ...); {@code mlgate.basedir} and {@code mlgate.today} are set here.
     */
    public ContractRuns(Class<?> contract, Path basedir, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("mlgate.basedir", basedir.toString());
        all.put("mlgate.today", ContractData.TODAY);
        request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .configurationParameters(all).build();
        all.put("mlgate.artifacts.observer", ScanCounter.class.getName());
        observed = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .configurationParameters(all).build();
    }

    /** Runs the contract once; this is what the benchmarks time. */
    public TestExecutionSummary run() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    /**
     * Runs the contract once with a scan counter and returns its summary after checking that at least
     * {@code minChecks} checks ran to a verdict (passed, failed or warned), that nothing errored and no
     * container failed, and that every file was scanned exactly once. Prints what ran to stderr.
     *
     * @throws IllegalStateException if any of that does not hold
     */
    public TestExecutionSummary verify(String label, long minChecks, Path... files) {
        return verify(label, minChecks, new TestExecutionListener() { }, files);
    }

    /**
     * {@link #verify(String, long, Path...)}, reporting the run to {@code also} as well, such as a
     * {@link CheckOutcomes} that keeps each check's verdict for comparing two runs.
     */
    public TestExecutionSummary verify(String label, long minChecks, TestExecutionListener also, Path... files) {
        ScanCounter.reset();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(observed, listener, also);
        TestExecutionSummary summary = listener.getSummary();
        long verdicts = summary.getTestsSucceededCount() + summary.getTestsFailedCount()
                + summary.getTestsAbortedCount();
        StringBuilder report = new StringBuilder("[" + label + "] checks found " + summary.getTestsFoundCount()
                + ", passed " + summary.getTestsSucceededCount() + ", failed " + summary.getTestsFailedCount()
                + ", warned/inconclusive " + summary.getTestsAbortedCount() + ", containers failed "
                + summary.getContainersFailedCount() + "; scans " + ScanCounter.counts());
        summary.getFailures().forEach(failure -> report.append("\n  failed: ")
                .append(failure.getTestIdentifier().getDisplayName()).append(" -- ")
                .append(firstLine(failure.getException())));
        System.err.println(report);
        boolean errored = summary.getFailures().stream()
                .anyMatch(failure -> !(failure.getException() instanceof AssertionError));
        if (verdicts < minChecks || verdicts != summary.getTestsFoundCount() || errored
                || summary.getContainersFailedCount() > 0) {
            throw new IllegalStateException("the benchmark contract did not run as intended: " + report);
        }
        for (Path file : files) {
            long scans = ScanCounter.scans(file);
            if (scans != 1) {
                throw new IllegalStateException(file + " was scanned " + scans + " times, not once: " + report);
            }
        }
        return summary;
    }

    private static String firstLine(Throwable exception) {
        String message = String.valueOf(exception.getMessage());
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return exception.getClass().getSimpleName() + ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }

    /** Counts scans per file; the engine instantiates it by name from {@code mlgate.artifacts.observer}. */
    public static final class ScanCounter implements ArtifactObserver {

        private static final Map<Path, AtomicLong> SCANS = new ConcurrentHashMap<>();

        /** Instantiated by the engine. */
        public ScanCounter() {
        }

        @Override
        public void onScan(Path file) {
            SCANS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new AtomicLong()).incrementAndGet();
        }

        static void reset() {
            SCANS.clear();
        }

        static long scans(Path file) {
            AtomicLong count = SCANS.get(file.toAbsolutePath().normalize());
            return count == null ? 0 : count.get();
        }

        static String counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            SCANS.forEach((file, count) -> counts.put(String.valueOf(file.getFileName()), count.get()));
            return counts.toString();
        }
    }
}
