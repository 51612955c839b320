package dev.mlgate.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, to standard error, how long after the JVM started (wall clock and CPU time) a run reached its milestones: the test plan
 * discovered, the first check's result, the last result, the plan finished, the JVM exiting (after every
 * listener, the report included). Measures start-up (issue "Speed") in whole console-launcher processes;
 * silent unless the configuration parameter {@code bench.startupTimes} is {@code true}, so it costs a run
 * nothing else.
 */
public final class StartupTimes implements TestExecutionListener {

    private boolean enabled;
    private boolean firstResultSeen;
    private long lastResult;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        enabled = testPlan.getConfigurationParameters().getBoolean("bench.startupTimes").orElse(false);
        if (enabled) {
            print("plan discovered", System.currentTimeMillis());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> print("JVM exiting", System.currentTimeMillis())));
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (enabled && identifier.isTest()) {
            lastResult = System.currentTimeMillis();
            if (!firstResultSeen) {
                firstResultSeen = true;
                print("first check's result", lastResult);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (enabled) {
            print("last check's result", lastResult);
            print("plan finished (listeners in registration order)", System.currentTimeMillis());
        }
    }

    private static void print(String milestone, long atMillis) {
        long sinceStart = atMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
        // CPU time of the whole process (all threads, the JIT's included): on a machine shared with other
        // work it varies far less than the wall clock.
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.err.printf("startup: %5d ms wall, %5d ms CPU  %s%n", sinceStart, cpuMillis, milestone);
    }
}
