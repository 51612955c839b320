package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class EndOfBuildSummaryTest {

    /** Everything logged and every listener event, in one order. */
    final List<String> events = new ArrayList<>();

    final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            events.add("log: " + content);
        }
    };

    @Test
    void prints_every_module_s_summary_when_the_session_ends_before_maven_s_own_end_lines() {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setExecutionListener(new AbstractExecutionListener() {
            @Override
            public void projectSucceeded(ExecutionEvent event) {
                events.add("maven: project succeeded");
            }

            @Override
            public void sessionEnded(ExecutionEvent event) {
                events.add("maven: BUILD SUCCESS");
            }
        });
        MavenSession session = session(request);

        EndOfBuildSummary.schedule(session, List.of("mlgate: PROMOTE [a]"), log);
        EndOfBuildSummary.schedule(session, List.of("mlgate: REJECT [b]"), log);
        assertThat(events).isEmpty();
        request.getExecutionListener().projectSucceeded(null);
        request.getExecutionListener().sessionEnded(null);

        String separator = "log: ------------------------------------------------------------------------";
        assertThat(events).containsExactly("maven: project succeeded", separator, "log: mlgate: PROMOTE [a]",
                separator, "log: mlgate: REJECT [b]", "maven: BUILD SUCCESS");
    }

    @Test
    void without_a_listener_prints_at_once() {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setExecutionListener(null);

        EndOfBuildSummary.schedule(session(request), List.of("mlgate: PROMOTE"), log);

        assertThat(events).endsWith("log: mlgate: PROMOTE");
    }

    @SuppressWarnings("deprecation")
    private static MavenSession session(MavenExecutionRequest request) {
        return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    }
}
