package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.report.fixtures.GreenCustomers;
import java.nio.file.Files;
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
    void a_run_in_which_no_mlgate_check_ran_rejects_and_writes_no_report() throws Exception {
        Path dir = temp.resolve("report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("promotion.json"), "{\"decision\": \"PROMOTE\"}");
        org.junit.platform.launcher.core.LauncherFactory.create().execute(
                org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                        .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(Object.class))
                        .configurationParameter("mlgate.report.dir", dir.toString())
                        .build());

        JsonNode promotion = new ObjectMapper().readTree(dir.resolve("promotion.json").toFile());
        assertThat(promotion.get("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.get("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.get("reportSha256").isNull()).isTrue();
        assertThat(promotion.get("reasons").get(0).path("cause").asText()).startsWith("No mlgate check ran in this run");
        assertThat(dir.resolve("report.json")).doesNotExist();
    }
}
