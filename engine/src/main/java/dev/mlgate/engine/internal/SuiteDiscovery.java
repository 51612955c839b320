package dev.mlgate.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds mlgate's test tree from a discovery request with the platform's resolver: container
 * selectors (classpath root, package, module) become class selectors for suite classes, which
 * {@link SuiteSelectorResolver} turns into suites and checks. Mistakes never abort discovery: each
 * becomes a failing node (and a warning for IDEs), so the rest of the module still runs.
 */
public final class SuiteDiscovery {

    /** Segment type of the node that fails when configuration values are invalid. */
    static final String CONFIGURATION_SEGMENT = "configuration";

    private SuiteDiscovery() {
    }

    /** Resolves {@code request} into the engine descriptor. */
    public static TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        MlgateConfiguration configuration = MlgateConfiguration.read(request.getConfigurationParameters());
        MlgateEngineDescriptor engine = new MlgateEngineDescriptor(uniqueId, configuration);
        DiscoveryIssues.Sink issues = DiscoveryIssues.of(request, uniqueId);
        if (!configuration.problems().isEmpty()) {
            String message = String.join("; ", configuration.problems())
                    + ". Fix the value in junit-platform.properties, the -D system property or Surefire's"
                    + " configurationParameters.";
            configuration.problems().forEach(problem -> issues.warn(problem, Optional.empty()));
            engine.addChild(new ProblemDescriptor(uniqueId.append(CONFIGURATION_SEGMENT, "mlgate"),
                    "configuration", "configuration", null, message, Set.of()));
        }
        PlatformVersions.mismatch().ifPresent(mismatch -> {
            issues.warn(mismatch, Optional.empty());
            engine.addChild(new ProblemDescriptor(uniqueId.append(CONFIGURATION_SEGMENT, "junit-versions"),
                    "JUnit versions", "JUnit versions", null, mismatch, Set.of()));
        });
        Map<Class<?>, SuiteDeclaration> declarations = new HashMap<>();
        EngineDiscoveryRequestResolver.<MlgateEngineDescriptor>builder()
                .addClassContainerSelectorResolver(SuiteKinds::isSuite)
                .addSelectorResolver(context -> new SuiteSelectorResolver(type -> declarations.computeIfAbsent(type,
                        key -> report(SuiteKinds.define(key), issues))))
                .build()
                .resolve(request, engine);
        engine.getChildren().forEach(SuiteDiscovery::uniqueLegacyNames);
        return engine;
    }

    /** Two checks of a suite that display alike would fold into one Surefire line; tell them apart. */
    private static void uniqueLegacyNames(TestDescriptor suite) {
        Map<String, List<CheckDescriptor<?>>> byName = new HashMap<>();
        for (TestDescriptor child : suite.getChildren()) {
            if (child instanceof CheckDescriptor<?> check) {
                byName.computeIfAbsent(check.getLegacyReportingName(), name -> new ArrayList<>()).add(check);
            }
        }
        byName.values().stream().filter(group -> group.size() > 1)
                .forEach(group -> group.forEach(CheckDescriptor::disambiguateLegacyName));
    }

    private static SuiteDeclaration report(SuiteDeclaration declaration, DiscoveryIssues.Sink issues) {
        declaration.problems().forEach(problem -> issues.warn(problem.message(), problem.source()));
        return declaration;
    }
}
