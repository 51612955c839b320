package dev.mlgate.engine.internal;

import dev.mlgate.history.internal.RunHistory;
import dev.mlgate.history.internal.SuiteHistory;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while running: the run's configuration, the listener for report entries, the
 * run's {@link ReportChannel} token (null before the engine node opened it), the run's metrics repository
 * access (null when the run records no history) and, below a suite, the state that suite computed for its
 * checks and the suite's part of the history.
 */
public record MlgateExecutionContext(
        MlgateConfiguration configuration, EngineExecutionListener listener, String channel, Object suiteState,
        RunHistory history, SuiteHistory suiteHistory)
        implements EngineExecutionContext {

    MlgateExecutionContext withSuiteState(Object state, SuiteHistory suite) {
        return new MlgateExecutionContext(configuration, listener, channel, state, history, suite);
    }

    MlgateExecutionContext withChannel(String token, RunHistory runHistory) {
        return new MlgateExecutionContext(configuration, listener, token, suiteState, runHistory, suiteHistory);
    }

    /** Publishes {@code entry} on {@code node}, bulky values through the run's report channel. */
    void publish(TestDescriptor node, ReportEntry entry) {
        ReportChannel.publish(channel, listener, node, entry);
    }
}
