package dev.mlgate.engine.internal;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while running: the run's configuration, the listener for report entries and,
 * below a suite, the state that suite computed for its checks.
 */
public record MlgateExecutionContext(
        MlgateConfiguration configuration, EngineExecutionListener listener, Object suiteState)
        implements EngineExecutionContext {

    MlgateExecutionContext withSuiteState(Object state) {
        return new MlgateExecutionContext(configuration, listener, state);
    }
}
