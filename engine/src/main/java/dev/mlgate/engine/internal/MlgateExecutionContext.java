package dev.mlgate.engine.internal;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while running: the run's configuration, the listener for report entries, the
 * run's {@link ReportChannel} token (null before the engine node opened it) and, below a suite, the
 * state that suite computed for its checks.
 */
public record MlgateExecutionContext(
        MlgateConfiguration configuration, EngineExecutionListener listener, String channel, Object suiteState)
        implements EngineExecutionContext {

    MlgateExecutionContext withSuiteState(Object state) {
        return new MlgateExecutionContext(configuration, listener, channel, state);
    }

    MlgateExecutionContext withChannel(String token) {
        return new MlgateExecutionContext(configuration, listener, token, suiteState);
    }

    /** Publishes {@code entry} on {@code node}, bulky values through the run's report channel. */
    void publish(TestDescriptor node, ReportEntry entry) {
        ReportChannel.publish(channel, listener, node, entry);
    }
}
