package dev.mlgate.engine.internal;

import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A test that fails with a problem found before anything could be checked: a declaration mistake in a
 * suite, or an invalid configuration value. It is a node of its own so that the mistake fails its own
 * part of the run, visibly, while every other suite and engine still runs, and the decision is REJECT.
 */
final class ProblemDescriptor extends AbstractTestDescriptor implements Node<MlgateExecutionContext> {

    private final String message;
    private final String legacyName;
    private final Set<TestTag> tags;

    ProblemDescriptor(UniqueId uniqueId, String displayName, String legacyName, TestSource source, String message,
                      Set<TestTag> tags) {
        super(uniqueId, displayName, source);
        this.message = message;
        this.legacyName = legacyName;
        this.tags = Set.copyOf(tags);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public MlgateExecutionContext execute(MlgateExecutionContext context, DynamicTestExecutor dynamic) {
        context.listener().reportingEntryPublished(this, ReportEntry.from(Map.of(
                ResultEntries.PREFIX + "verdict", "errored",
                ResultEntries.PREFIX + "blocking", "true",
                ResultEntries.PREFIX + "message", message)));
        throw Frames.pointingAt(new MlgateDeclarationException(message), getSource().orElse(null));
    }
}
