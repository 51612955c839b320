package dev.mlgate.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Map<Class<?>, SuiteDeclaration> declarations = new HashMap<>();
        EngineDiscoveryRequestResolver.<MlgateEngineDescriptor>builder()
                .addClassContainerSelectorResolver(SuiteKinds::isSuite)
                .addSelectorResolver(context -> new SuiteSelectorResolver(type -> declarations.computeIfAbsent(type,
                        key -> report(SuiteKinds.define(key), issues))))
                .build()
                .resolve(request, engine);
        engine.getChildren().forEach(SuiteDiscovery::uniqueLegacyNames);
        configuration.problems().forEach(problem -> issues.warn(problem, Optional.empty()));
        runProblems(configuration).forEach((value, message) -> addEverywhere(engine, value, message));
        return engine;
    }

    /** Problems of the run as a whole, by segment value: invalid configuration, mismatched JUnit artifacts. */
    private static Map<String, String> runProblems(MlgateConfiguration configuration) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!configuration.problems().isEmpty()) {
            problems.put("mlgate", String.join("; ", configuration.problems())
                    + ". Fix the value in junit-platform.properties, the -D system property or Surefire's"
                    + " configurationParameters.");
        }
        PlatformVersions.mismatch().ifPresent(mismatch -> problems.put("junit-versions", mismatch));
        return problems;
    }

    /**
     * Adds a failing test for a run-wide problem to every suite, because Surefire reports a failure only
     * inside a test class: a test directly under the engine would fail the decision while the build stayed
     * green. Without any suite it stays under the engine, where the report still sees it.
     */
    private static void addEverywhere(MlgateEngineDescriptor engine, String value, String message) {
        List<TestDescriptor> suites = engine.getChildren().stream()
                .filter(child -> child instanceof SuiteDescriptor<?> || child instanceof BrokenSuiteDescriptor)
                .map(TestDescriptor.class::cast).toList();
        String name = value.equals("mlgate") ? "configuration" : "JUnit versions";
        if (suites.isEmpty()) {
            engine.addChild(new ProblemDescriptor(engine.getUniqueId().append(CONFIGURATION_SEGMENT, value), name, name,
                    null, message, Set.of()));
        }
        for (TestDescriptor suite : suites) {
            suite.addChild(new ProblemDescriptor(suite.getUniqueId().append(CONFIGURATION_SEGMENT, value), name, name,
                    null, message, suite.getTags()));
        }
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
