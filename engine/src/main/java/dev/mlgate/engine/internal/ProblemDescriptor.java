package dev.mlgate.engine.internal;

import java.util.LinkedHashMap;
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
    private final TestSource declared;

    ProblemDescriptor(UniqueId uniqueId, String displayName, String legacyName, TestSource source, String message,
                      Set<TestTag> tags) {
        super(uniqueId, displayName, ReportedSource.forTest(source));
        this.declared = source;
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
        Map<String, String> entries = new LinkedHashMap<>(ReportedSource.entries(declared).getKeyValuePairs());
        entries.put(ResultEntries.PREFIX + "verdict", "errored");
        entries.put(ResultEntries.PREFIX + "blocking", "true");
        entries.put(ResultEntries.PREFIX + "message", message);
        context.listener().reportingEntryPublished(this, ReportEntry.from(entries));
        throw Frames.pointingAt(new MlgateDeclarationException(message), declared);
    }
}
