package dev.mlgate.engine;

import dev.mlgate.data.internal.QuietSlf4j;
import dev.mlgate.engine.internal.MlgateEngineDescriptor;
import dev.mlgate.engine.internal.MlgateExecutionContext;
import dev.mlgate.engine.internal.SuiteDiscovery;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The mlgate JUnit Platform test engine: discovers classes annotated {@code @DataContract},
 * {@code @ModelQuality} or {@code @BaselineComparison} and runs each declared constraint, gate and
 * comparison as a test. Registered through {@code META-INF/services}, so Maven Surefire, IDEs and the
 * console launcher find it on the test class path.
 */
public final class MlgateTestEngine extends HierarchicalTestEngine<MlgateExecutionContext> {

    static {
        // The launcher loads engines to discover tests, before any runs: this precedes all Tablesaw use, the user's too.
        try {
            QuietSlf4j.start();
        } catch (LinkageError e) {
            // No SLF4J on the class path (a user excluded it): nothing to quieten, and the engine must still load.
        }
    }

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.mlgate");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("mlgate-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return SuiteDiscovery.discover(request, uniqueId);
    }

    @Override
    protected MlgateExecutionContext createExecutionContext(ExecutionRequest request) {
        MlgateEngineDescriptor engine = (MlgateEngineDescriptor) request.getRootTestDescriptor();
        return new MlgateExecutionContext(engine.configuration(), request.getEngineExecutionListener(), null, null,
                null, null);
    }
}
