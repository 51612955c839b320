package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.CheckSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Decides whether a run executed everything it could have: every check of every suite class found in
 * the class path roots of the suites that ran, and every run-time child of each check. A run filtered
 * to a subset (an IDE rerun of one gate, a tag filter, {@code -Dtest=OneSuite}) is partial, and a
 * partial run never promotes a model.
 */
final class RunCompleteness {

    private RunCompleteness() {
    }

    /** What did not run; empty when the run is complete. Sorted, so reports stay byte-identical. */
    static List<String> missing(TestDescriptor engine) {
        Set<String> missing = new TreeSet<>();
        Set<Class<?>> ran = new LinkedHashSet<>();
        for (TestDescriptor child : engine.getChildren()) {
            if (child instanceof SuiteDescriptor<?> suite) {
                ran.add(suite.definition().suiteClass());
                missingChecks(suite, missing);
            } else if (child instanceof BrokenSuiteDescriptor broken) {
                // Its mistakes fail the run already; it has no checks that could be missing.
                ran.add(broken.suiteClass());
            }
        }
        for (Class<?> suiteClass : suitesBesides(ran)) {
            missing.add(suiteClass.getName());
        }
        return new ArrayList<>(missing);
    }

    private static void missingChecks(SuiteDescriptor<?> suite, Set<String> missing) {
        Set<UniqueId> present = new LinkedHashSet<>();
        for (TestDescriptor child : suite.getChildren()) {
            present.add(child.getUniqueId());
            if (child instanceof CheckDescriptor<?> check && !check.runsAllChildren()) {
                missing.add(child.getUniqueId() + " (only some of its children)");
            }
        }
        for (CheckSpec<?> spec : suite.definition().checks()) {
            UniqueId id = suite.getUniqueId().append(spec.segmentType(), spec.segmentValue());
            if (!present.contains(id)) {
                missing.add(id.toString());
            }
        }
    }

    private static Set<Class<?>> suitesBesides(Set<Class<?>> ran) {
        Set<URI> roots = new LinkedHashSet<>();
        for (Class<?> type : ran) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    roots.add(source.getLocation().toURI());
                } catch (URISyntaxException e) {
                    // A root we cannot name cannot be scanned; the suites that ran still count.
                }
            }
        }
        Set<Class<?>> others = new LinkedHashSet<>();
        for (URI root : roots) {
            for (Class<?> type : ReflectionSupport.findAllClassesInClasspathRoot(root, SuiteKinds::isSuite, name -> true)) {
                if (!ran.contains(type)) {
                    others.add(type);
                }
            }
        }
        return others;
    }
}
