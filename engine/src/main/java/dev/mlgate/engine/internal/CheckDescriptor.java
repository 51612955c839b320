package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.Evaluation.Breakdown;
import dev.mlgate.engine.internal.check.Evaluation.Part;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.HistoryCheck;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One declared constraint, gate or comparison. A check that breaks down by slice or column is a
 * container whose children are registered while it runs, with stable unique ids, so that one child can
 * be selected again by its unique id.
 */
final class CheckDescriptor<S> extends AbstractTestDescriptor implements Node<MlgateExecutionContext> {

    private final CheckSpec<S> spec;
    private final Set<TestTag> tags;
    private final Set<UniqueId> allowedChildren = new HashSet<>();
    private boolean allChildrenAllowed;
    private String legacyName;

    CheckDescriptor(UniqueId uniqueId, CheckSpec<S> spec, Set<TestTag> suiteTags) {
        super(uniqueId, spec.displayName(), spec.breaksDown() ? spec.source() : ReportedSource.forTest(spec.source()));
        this.spec = spec;
        Set<TestTag> combined = new LinkedHashSet<>(suiteTags);
        spec.tags().forEach(tag -> combined.add(TestTag.create(tag)));
        this.tags = Set.copyOf(combined);
        this.legacyName = spec.displayName();
    }

    /**
     * The name Surefire and other legacy reports show: the display name, which says what is checked
     * ({@code mean_radius: between 0 and 40}), made unique within the suite by discovery.
     */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    void disambiguateLegacyName() {
        legacyName = spec.displayName() + " [" + spec.segmentValue() + "]";
    }

    CheckSpec<S> spec() {
        return spec;
    }

    void allowAllChildren() {
        allChildrenAllowed = true;
    }

    /** False when the check was selected for some of its run-time children only. */
    boolean runsAllChildren() {
        return !spec.breaksDown() || allChildrenAllowed;
    }

    void allowChild(UniqueId child) {
        allowedChildren.add(child);
    }

    @Override
    public Type getType() {
        return spec.breaksDown() ? Type.CONTAINER : Type.TEST;
    }

    @Override
    public boolean mayRegisterTests() {
        return spec.breaksDown();
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MlgateExecutionContext execute(MlgateExecutionContext context, DynamicTestExecutor dynamic)
            throws Exception {
        Evaluation evaluation;
        try {
            evaluation = spec.check() instanceof HistoryCheck<S> history
                    ? history.evaluate((S) context.suiteState(), RecordedHistory.of(context))
                    : spec.check().evaluate((S) context.suiteState());
        } catch (OutOfMemoryError e) {
            throw Frames.pointingAt(MemoryExhausted.in("The check '" + spec.displayName() + "'"), spec.source());
        }
        if (evaluation instanceof Verdict verdict) {
            Verdicts.report(this, spec.source(), verdict, spec.blocking(), context);
        } else if (evaluation instanceof Breakdown breakdown) {
            for (Part part : breakdown.parts()) {
                UniqueId childId = getUniqueId().append(breakdown.segmentType(), part.key());
                if (allChildrenAllowed || allowedChildren.contains(childId)) {
                    ResultDescriptor child = new ResultDescriptor(childId, part, this, spec.blocking());
                    addChild(child);
                    dynamic.execute(child);
                }
            }
        }
        return context;
    }
}
