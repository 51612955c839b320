package dev.mlgate.engine.memory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The other process of {@code OutOfMemoryTests}: runs both suites through the launcher under a small
 * heap and prints one line per finished node: status, unique id and message.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BigUniqueContract.class), selectClass(SmallContract.class))
                .configurationParameter("mlgate.basedir", args[0])
                .configurationParameter("big.file", args[1])
                .configurationParameter("mlgate.report.enabled", "false")
                .build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                System.out.println(result.getStatus() + " " + identifier.getUniqueId() + " "
                        + result.getThrowable().map(Throwable::getMessage).orElse(""));
            }
        });
        System.out.println("RUN ENDED");
    }
}
