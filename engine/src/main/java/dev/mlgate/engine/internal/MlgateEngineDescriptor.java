package dev.mlgate.engine.internal;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of mlgate's test tree; keeps the configuration read once at discovery. */
public final class MlgateEngineDescriptor extends EngineDescriptor implements Node<MlgateExecutionContext> {

    private final MlgateConfiguration configuration;

    MlgateEngineDescriptor(UniqueId uniqueId, MlgateConfiguration configuration) {
        super(uniqueId, "mlgate");
        this.configuration = configuration;
    }

    @Override
    public MlgateExecutionContext before(MlgateExecutionContext context) {
        String channel = ReportChannel.open();
        context.listener().reportingEntryPublished(this, RunEntries.started(configuration, channel));
        return context.withChannel(channel, RecordedHistory.open(this, configuration));
    }

    @Override
    public void after(MlgateExecutionContext context) {
        context.listener().reportingEntryPublished(this, RunEntries.finished(RunCompleteness.missing(this)));
        if (context.history() != null) {
            context.history().close();
        }
    }

    /** The run's configuration. */
    public MlgateConfiguration configuration() {
        return configuration;
    }
}
