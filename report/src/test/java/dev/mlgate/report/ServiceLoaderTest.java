package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.fixtures.GreenCustomers;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TestExecutionListener;

class ServiceLoaderTest {

    @TempDir
    Path temp;

    @Test
    void the_listener_is_registered_through_meta_inf_services() {
        assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(MlgateReportListener.class);
    }

    @Test
    void a_launcher_that_loads_listeners_from_services_writes_the_report() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class).runAllWithServiceLoader();

        assertThat(dir.resolve("report.json")).isRegularFile();
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("summary.md")).isRegularFile();
        assertThat(dir.resolve("promotion.json")).isRegularFile();
        assertThat(dir.resolve("history.jsonl")).isRegularFile();
    }

    @Test
    void a_run_without_mlgate_nodes_writes_nothing() {
        Path dir = temp.resolve("report");
        org.junit.platform.launcher.core.LauncherFactory.create().execute(
                org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                        .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(Object.class))
                        .configurationParameter("mlgate.report.dir", dir.toString())
                        .build());

        assertThat(dir).doesNotExist();
    }
}
