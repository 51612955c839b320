package dev.mlgate.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The examples' data contracts give the same verdicts on Spark as locally. Surefire ran them on Spark
 * {@code local[2]} (this module's pom); this test runs them on the local backend and compares the two
 * report.json files check by check: the same checks, statuses, metrics, bounds, examples and details, and
 * the same observed values and messages, their numbers equal within 1e-12 relative (the README's bound
 * for Spark's floating-point sums, such as a mean of decimals).
 */
class SparkRunMatchesLocalIT {

    private static final String[] SUITES = {"TrainingDataContract", "ReferenceSnapshotContract", "TrainingDataDrift"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    private static final double RELATIVE = 1e-12;

    private static ReportNodes spark;
    private static ReportNodes local;

    @BeforeAll
    static void runLocally() throws IOException {
        Path examples = Path.of(System.getProperty("examples.dir")).toAbsolutePath().normalize();
        Path reportDir = Path.of("target", "mlgate-local").toAbsolutePath();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.backend", "local")
                .configurationParameter("mlgate.basedir", examples.toString())
                .configurationParameter("mlgate.report.dir", reportDir.toString())
                .configurationParameter("mlgate.repository", "file:" + reportDir.resolve("metrics.jsonl"));
        for (String suite : SUITES) {
            request.selectors(selectClass("dev.mlgate.examples.suites." + suite));
        }
        LauncherFactory.create().execute(request.build());
        local = ReportNodes.read(reportDir.resolve("report.json"));
        spark = ReportNodes.read(Path.of(System.getProperty("spark.report.dir"), "report.json"));
    }

    @Test
    void both_runs_hold_the_same_suites_with_the_same_statuses_and_data() {
        assertThat(spark.suites().keySet()).hasSize(SUITES.length).isEqualTo(local.suites().keySet());
        local.suites().forEach((id, suite) -> {
            JsonNode onSpark = spark.suites().get(id);
            assertThat(onSpark.get("status")).as(id).isEqualTo(suite.get("status"));
            assertThat(onSpark.get("displayName")).as(id).isEqualTo(suite.get("displayName"));
            // Spark's executors read the bytes, so its artifacts carry no SHA-256: the proof that Spark ran
            for (int i = 0; i < suite.get("artifacts").size(); i++) {
                ObjectNode artifact = suite.get("artifacts").get(i).deepCopy();
                assertThat(artifact.remove("sha256")).as(id).isNotNull();
                assertThat(onSpark.get("artifacts").get(i)).as(id).isEqualTo(artifact);
            }
        });
    }

    @Test
    void every_check_has_the_same_status_metric_bound_examples_and_details() {
        assertThat(local.checks()).hasSizeGreaterThan(90);
        assertThat(spark.checks().keySet()).isEqualTo(local.checks().keySet());
        local.checks().forEach((id, check) -> {
            ObjectNode expected = check.deepCopy();
            ObjectNode actual = spark.checks().get(id).deepCopy();
            expected.remove(List.of("observed", "message"));
            actual.remove(List.of("observed", "message"));
            assertThat(actual).as(id).isEqualTo(expected);
        });
    }

    @Test
    void observed_values_and_messages_agree_within_the_readme_s_bound() {
        local.checks().forEach((id, check) -> {
            JsonNode onSpark = spark.checks().get(id);
            if (check.path("observed").isNumber()) {
                assertNear(onSpark.get("observed").asDouble(), check.get("observed").asDouble(), id);
            } else {
                assertThat(onSpark.get("observed")).as(id).isEqualTo(check.get("observed"));
            }
            String message = check.path("message").asText();
            String sparkMessage = onSpark.path("message").asText();
            assertThat(NUMBER.matcher(sparkMessage).replaceAll("#")).as(id)
                    .isEqualTo(NUMBER.matcher(message).replaceAll("#"));
            List<Double> numbers = numbers(message);
            List<Double> sparkNumbers = numbers(sparkMessage);
            for (int i = 0; i < numbers.size(); i++) {
                assertNear(sparkNumbers.get(i), numbers.get(i), id + ": " + sparkMessage);
            }
        });
    }

    private static void assertNear(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
    }

    private static List<Double> numbers(String message) {
        List<Double> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(message);
        while (matcher.find()) {
            numbers.add(Double.parseDouble(matcher.group()));
        }
        return numbers;
    }
}
