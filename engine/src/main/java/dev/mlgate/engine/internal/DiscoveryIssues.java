package dev.mlgate.engine.internal;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * The one place that touches the platform's discovery-issue API, which appeared in JUnit Platform
 * 1.13: on older platforms (JUnit 5.10 to 5.12) issues are not reported this way, and the failing
 * test nodes that carry each problem are all a user sees. Issues are warnings, never errors: an error
 * would abort every engine's tests in the module, which is the opposite of isolating a mistake.
 */
final class DiscoveryIssues {

    /** Where discovery sends a declaration or configuration problem. */
    interface Sink {
        void warn(String message, Optional<TestSource> source);
    }

    private static final boolean SUPPORTED = present("org.junit.platform.engine.DiscoveryIssue")
            && present("org.junit.platform.engine.support.discovery.DiscoveryIssueReporter");

    private DiscoveryIssues() {
    }

    /** A sink forwarding to the request's discovery listener, or one that drops issues on old platforms. */
    static Sink of(EngineDiscoveryRequest request, UniqueId engineId) {
        return SUPPORTED ? new Forwarding(request, engineId) : new Dropping();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DiscoveryIssues.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static final class Dropping implements Sink {
        @Override
        public void warn(String message, Optional<TestSource> source) {
            // Before JUnit Platform 1.13 there is no issue channel; the failing node says it all.
        }
    }

    /** Loaded only when the API exists, so that older platforms never resolve its types. */
    private static final class Forwarding implements Sink {

        private final org.junit.platform.engine.support.discovery.DiscoveryIssueReporter reporter;

        Forwarding(EngineDiscoveryRequest request, UniqueId engineId) {
            this.reporter = org.junit.platform.engine.support.discovery.DiscoveryIssueReporter.deduplicating(
                    org.junit.platform.engine.support.discovery.DiscoveryIssueReporter.forwarding(
                            request.getDiscoveryListener(), engineId));
        }

        @Override
        public void warn(String message, Optional<TestSource> source) {
            reporter.reportIssue(org.junit.platform.engine.DiscoveryIssue.builder(
                    org.junit.platform.engine.DiscoveryIssue.Severity.WARNING, message).source(source));
        }
    }
}
