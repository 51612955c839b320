package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a verdict into what the platform understands: nothing for a pass, an
 * {@link AssertionFailedError} with expected and actual for a blocking failure, and an aborted test
 * for a warning or an inconclusive result. The verdict's evidence is published first for the report.
 */
final class Verdicts {

    /** Prefix of the abort message of a non-blocking failure. */
    static final String WARNING_PREFIX = "Warning (non-blocking): ";

    /** Prefix of the abort message of an inconclusive result. */
    static final String INCONCLUSIVE_PREFIX = "Inconclusive: ";

    private Verdicts() {
    }

    static void report(TestDescriptor node, TestSource declared, Verdict verdict, boolean blocking,
                       MlgateExecutionContext context) {
        Map<String, String> entries = new LinkedHashMap<>(ResultEntries.of(verdict, blocking).getKeyValuePairs());
        if (node.getSource().isEmpty()) {
            // one entry per node: a console prints each published entry
            entries.putAll(ReportedSource.entries(declared).getKeyValuePairs());
        }
        context.publish(node, ReportEntry.from(entries));
        RecordedHistory.observe(context.suiteHistory(), node, verdict);
        if (verdict instanceof Verdict.Failed failed) {
            if (blocking) {
                throw Frames.pointingAt(new AssertionFailedError(failed.message(), failed.expected(), failed.actual()),
                        declared);
            }
            throw Frames.pointingAt(new TestAbortedException(WARNING_PREFIX + failed.message()),
                    declared);
        }
        if (verdict instanceof Verdict.Inconclusive inconclusive) {
            throw Frames.pointingAt(new TestAbortedException(INCONCLUSIVE_PREFIX + inconclusive.message()),
                    declared);
        }
    }
}
