package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds mlgate's test tree from a discovery request with the platform's resolver: container
 * selectors (classpath root, package, module) become class selectors for suite classes, which
 * {@link SuiteSelectorResolver} turns into suites and checks.
 */
public final class SuiteDiscovery {

    private SuiteDiscovery() {
    }

    /** Resolves {@code request} into the engine descriptor; declaration mistakes become discovery issues. */
    public static TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        MlgateConfiguration configuration = MlgateConfiguration.read(request.getConfigurationParameters());
        MlgateEngineDescriptor engine = new MlgateEngineDescriptor(uniqueId, configuration);
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        configuration.problems().forEach(problem -> issues.reportIssue(DiscoveryIssue.create(Severity.ERROR, problem)));
        Map<Class<?>, Optional<SuiteDefinition<?>>> definitions = new HashMap<>();
        EngineDiscoveryRequestResolver.<MlgateEngineDescriptor>builder()
                .addClassContainerSelectorResolver(SuiteKinds::isSuite)
                .addSelectorResolver(context -> new SuiteSelectorResolver(
                        type -> definitions.computeIfAbsent(type, key -> SuiteKinds.define(key, issues))))
                .build()
                .resolve(request, engine);
        return engine;
    }
}
