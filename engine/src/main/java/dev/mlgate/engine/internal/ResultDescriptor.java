package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.Evaluation.Part;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One slice or column of a check, registered at run time; it reports the verdict its parent computed. */
final class ResultDescriptor extends AbstractTestDescriptor implements Node<MlgateExecutionContext> {

    private final Part part;
    private final TestSource declared;
    private final boolean blocking;
    private final Set<TestTag> tags;
    private final String legacyName;

    ResultDescriptor(UniqueId uniqueId, Part part, CheckDescriptor<?> parent, boolean blocking) {
        super(uniqueId, part.displayName(), ReportedSource.forTest(parent.spec().source()));
        this.part = part;
        this.declared = parent.spec().source();
        this.blocking = blocking;
        this.tags = parent.getTags();
        this.legacyName = parent.getLegacyReportingName() + " \u203a " + part.displayName();
    }

    /** The check's legacy name and this part's, so every slice or column is its own line in Surefire. */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public MlgateExecutionContext execute(MlgateExecutionContext context, DynamicTestExecutor dynamic) {
        Verdicts.report(this, declared, part.verdict(), blocking, context);
        return context;
    }
}
