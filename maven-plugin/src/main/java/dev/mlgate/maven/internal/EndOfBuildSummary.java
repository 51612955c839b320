package dev.mlgate.maven.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints summaries when the Maven session ends, just before Maven's own reactor summary and BUILD
 * SUCCESS/FAILURE lines, so the decision is in the last screen of a CI log. It wraps the request's
 * execution listener, which Maven looks up at every event; every call is passed on unchanged. Without
 * a listener to wrap (an embedded Maven), the summary is printed at once.
 */
public final class EndOfBuildSummary implements InvocationHandler {

    private static final String SEPARATOR = "------------------------------------------------------------------------";

    private final ExecutionListener delegate;
    private final Log log;
    private final List<List<String>> blocks = new ArrayList<>();

    private EndOfBuildSummary(ExecutionListener delegate, Log log) {
        this.delegate = delegate;
        this.log = log;
    }

    /** Prints {@code lines} at the end of the session (once per call, in call order). */
    public static void schedule(MavenSession session, List<String> lines, Log log) {
        MavenExecutionRequest request = session.getRequest();
        synchronized (request) {
            ExecutionListener current = request.getExecutionListener();
            if (current == null) {
                print(log, lines);
                return;
            }
            if (Proxy.isProxyClass(current.getClass())
                    && Proxy.getInvocationHandler(current) instanceof EndOfBuildSummary installed) {
                installed.add(lines);
                return;
            }
            EndOfBuildSummary handler = new EndOfBuildSummary(current, log);
            handler.add(lines);
            request.setExecutionListener((ExecutionListener) Proxy.newProxyInstance(
                    EndOfBuildSummary.class.getClassLoader(), new Class<?>[] {ExecutionListener.class}, handler));
        }
    }

    private synchronized void add(List<String> lines) {
        blocks.add(List.copyOf(lines));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        if (method.getName().equals("sessionEnded")) {
            synchronized (this) {
                blocks.forEach(block -> print(log, block));
                blocks.clear();
            }
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void print(Log log, List<String> lines) {
        log.info(SEPARATOR);
        lines.forEach(log::info);
    }
}
