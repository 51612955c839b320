package dev.mlgate.report.memory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The other process of {@code OutOfMemoryReportTest}: both suites through a launcher that registers the
 * report listener from META-INF/services, as Surefire does. Arguments: base directory, big file, report
 * directory.
 */
public final class MemoryReportRun {

    private MemoryReportRun() {
    }

    public static void main(String[] args) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BigUniqueIds.class), selectClass(SmallCustomers.class))
                .configurationParameter("mlgate.basedir", args[0])
                .configurationParameter("big.file", args[1])
                .configurationParameter("mlgate.report.dir", args[2])
                .build());
        System.out.println("RUN ENDED");
    }
}
