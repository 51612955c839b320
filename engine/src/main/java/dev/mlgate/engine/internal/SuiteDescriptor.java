package dev.mlgate.engine.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.ExplainedFailure;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite class. Before its checks run it loads the suite's artifacts once and computes what the
 * selected checks need; a failure to read an artifact fails this container alone, naming the file.
 */
final class SuiteDescriptor<S> extends AbstractTestDescriptor implements Node<MlgateExecutionContext> {

    private final SuiteDefinition<S> definition;
    private final Set<TestTag> tags;

    SuiteDescriptor(UniqueId uniqueId, SuiteDefinition<S> definition) {
        super(uniqueId, definition.suiteClass().getSimpleName(), ClassSource.from(definition.suiteClass()));
        this.definition = definition;
        this.tags = SuiteKinds.tagsOf(definition.suiteClass());
    }

    SuiteDefinition<S> definition() {
        return definition;
    }

    /** The class's fully qualified name, as Jupiter reports a test class, so XML reports group by class. */
    @Override
    public String getLegacyReportingName() {
        return definition.suiteClass().getName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public MlgateExecutionContext before(MlgateExecutionContext context) throws Exception {
        List<CheckSpec<S>> selected = getChildren().stream()
                .filter(CheckDescriptor.class::isInstance)
                .map(child -> ((CheckDescriptor<?>) child).spec())
                .map(this::own)
                .toList();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ResultEntries.PREFIX + "suite.kind", definition.kind());
        try {
            S state = definition.open(context.configuration(), selected);
            entries.putAll(definition.suiteEntries(state));
            return context.withSuiteState(state, RecordedHistory.suite(context.history(), definition, entries));
        } catch (SuiteLoadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Frames.pointingAt(new SuiteLoadException(definition, e), getSource().orElse(null));
        } catch (OutOfMemoryError e) {
            throw Frames.pointingAt(new SuiteLoadException(definition, MemoryExhausted.in("it")),
                    getSource().orElse(null));
        } finally {
            context.publish(this, ReportEntry.from(entries));
        }
    }

    /** Records what the suite's checks observed in the metrics repository, when the run records history. */
    @Override
    public void after(MlgateExecutionContext context) {
        if (context.suiteHistory() != null) {
            context.suiteHistory().record();
        }
    }

    @SuppressWarnings("unchecked")
    private CheckSpec<S> own(CheckSpec<?> spec) {
        return (CheckSpec<S>) spec;
    }

    /**
     * An artifact of a suite could not be read; the message names the suite, the file and why. A cause
     * whose message already says all (a bad file, a join, a placeholder) is not attached, so that no
     * engine frames follow the message; any other cause is kept, since it may be a bug to diagnose.
     */
    static final class SuiteLoadException extends RuntimeException {

        SuiteLoadException(SuiteDefinition<?> definition, RuntimeException cause) {
            super(definition.suiteClass().getSimpleName() + " (" + definition.kind() + ") could not be evaluated: "
                    + cause.getMessage(), explained(cause) ? null : cause);
        }

        private static boolean explained(RuntimeException cause) {
            return cause instanceof ArtifactException || cause instanceof ExplainedFailure;
        }
    }
}
