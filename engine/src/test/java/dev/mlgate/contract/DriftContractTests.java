package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ColumnDriftContract;
import dev.mlgate.contract.fixtures.DriftContract;
import dev.mlgate.contract.invalid.DriftWithoutReference;
import dev.mlgate.engine.Constants;
import dev.mlgate.engine.internal.PublishedEntries;
import dev.mlgate.stats.Histogram;
import dev.mlgate.stats.PopulationStabilityIndex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Drift of a data contract against its reference, on drift/current.csv and drift/reference.csv.
 * Reference values: SciPy 1.10.1, engine/src/test/resources/reference/drift_reference.py.
 */
class DriftContractTests {

    private static final Path DRIFT = Path.of("src/test/resources/drift").toAbsolutePath();

    private static EngineExecutionResults run(Class<?> contract) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, DRIFT.toString()).execute();
    }

    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        results.testEvents().finished().stream().forEach(event -> outcomes.put(
                event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result.getThrowable()
                        .map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    private static Map<String, Map<String, String>> entries(EngineExecutionResults results) {
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        PublishedEntries.of(results.allEvents()).forEach((id, values) -> entries.put(
                UniqueId.parse(id).getLastSegment().getValue(), values));
        return entries;
    }

    @Test
    void every_column_is_its_own_node_with_the_method_and_its_choice_stated() {
        Map<String, String> outcomes = outcomes(run(DriftContract.class));

        assertThat(outcomes)
                .containsEntry("x", "FAILED drifted: column 'x' of current.csv against reference.csv: two-sample"
                        + " Kolmogorov-Smirnov D = 0.7, p = 5.569062975843453E-5 < 0.05 [chosen automatically: numeric"
                        + " column, reference of 20 values (at most 1000); exact p-value]")
                .containsEntry("y", "SUCCESSFUL")
                .containsEntry("id", "SUCCESSFUL")
                .containsEntry("const", "SUCCESSFUL")
                .containsEntry("empty", "ABORTED Inconclusive: column 'empty' of current.csv against reference.csv:"
                        + " cannot compare, the reference holds no non-null value of the column (missing values left"
                        + " out: 20 in the reference, 0 in the data)")
                .containsEntry("extra", "FAILED column 'extra' of current.csv against reference.csv: the column is"
                        + " missing from reference.csv, which has the columns id, x, y, color, empty, const")
                .containsEntry("share", "SUCCESSFUL");
        assertThat(outcomes.get("color")).startsWith("FAILED drifted: column 'color' of current.csv against"
                + " reference.csv: chi-squared = ").endsWith(" < 0.05 [chosen automatically: categorical column,"
                + " reference of 20 values (at most 1000)] (categories only in the data: purple)");
    }

    @Test
    void statistics_and_p_values_equal_scipy() {
        Map<String, Map<String, String>> entries = entries(run(DriftContract.class));

        // scipy.stats.ks_2samp(ref.x, cur.x) == (0.7, 5.569062975843453e-05)
        assertThat(Double.parseDouble(entries.get("x").get("mlgate.observed"))).isEqualTo(0.7);
        assertThat(Double.parseDouble(entries.get("x").get("mlgate.p")))
                .isCloseTo(5.569062975843453e-05, within(5.569062975843453e-05 * 1e-9));
        // scipy.stats.chi2_contingency(table, correction=False) == (13.983838383838386, 0.002927234237904183, 3)
        assertThat(Double.parseDouble(entries.get("color").get("mlgate.observed")))
                .isCloseTo(13.983838383838386, within(13.983838383838386 * 1e-9));
        assertThat(Double.parseDouble(entries.get("color").get("mlgate.p")))
                .isCloseTo(0.002927234237904183, within(0.002927234237904183 * 1e-9));
        // ks_2samp(ref.y, cur.y) == (0.0, 1.0)
        assertThat(Double.parseDouble(entries.get("y").get("mlgate.p"))).isEqualTo(1.0);
    }

    @Test
    void the_dataset_gate_counts_drifted_columns_among_those_compared() {
        Map<String, String> share = entries(run(DriftContract.class)).get("share");

        assertThat(share).containsEntry("mlgate.message",
                "2 of 5 columns drifted (40.00%): x, color; accepted: at most 50.00%");
    }

    @Test
    void histograms_of_both_sides_are_kept_for_the_report() {
        Map<String, Map<String, String>> entries = entries(run(DriftContract.class));
        double[] reference = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();
        double[] current = IntStream.rangeClosed(15, 34).asDoubleStream().toArray();
        Histogram histogram = Histogram.of(reference, current);

        assertThat(entries.get("x").get("mlgate.detail.histogram"))
                .startsWith("{\"edges\":[1.0,").contains("\"reference\":[" + join(histogram.referenceCounts()));
        assertThat(entries.get("color").get("mlgate.detail.histogram")).isEqualTo(
                "{\"categories\":[\"red\",\"green\",\"purple\",\"blue\"],\"reference\":[8,7,0,5],\"current\":[3,3,10,4]}");
    }

    @Test
    void declared_methods_psi_jensen_shannon_and_wasserstein_with_a_constant_reference() {
        EngineExecutionResults results = run(ColumnDriftContract.class);
        Map<String, String> outcomes = outcomes(results);
        double[] reference = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();
        double[] current = IntStream.rangeClosed(15, 34).asDoubleStream().toArray();

        assertThat(outcomes.get("x")).isEqualTo("FAILED drifted: column 'x' of current.csv against reference.csv:"
                + " population stability index = " + PopulationStabilityIndex.compute(reference, current).psi()
                + " > 0.25 [declared]");
        assertThat(outcomes.get("color")).startsWith("FAILED drifted: column 'color' of current.csv against"
                + " reference.csv: Jensen-Shannon distance (natural log) = 0.4740546174000921");
        assertThat(outcomes).containsEntry("y", "SUCCESSFUL").containsEntry("const", "SUCCESSFUL");
        assertThat(entries(results).get("const").get("mlgate.message")).contains(
                "the reference is constant, so the distance cannot be normalised: drift is any difference (raw distance 0)");
    }

    @Test
    void drift_without_a_reference_or_with_a_method_for_the_wrong_type_is_a_declaration_problem() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(DriftWithoutReference.class),
                        selectClass(DriftWithoutReference.NumericTestOnText.class)).discover().getDiscoveryIssues())
                .extracting(issue -> issue.message())
                .containsExactlyInAnyOrder(
                        "dev.mlgate.contract.invalid.DriftWithoutReference.x is @NoDrift but DriftWithoutReference names"
                                + " no reference dataset; add @DataContract(reference = ...)",
                        "dev.mlgate.contract.invalid.DriftWithoutReference$NumericTestOnText.color:"
                                + " @NoDrift(method = KOLMOGOROV_SMIRNOV) does not apply to a categorical column; use AUTO"
                                + " or a method for this kind of column (README, Drift)");
    }

    @Test
    void ignored_columns_are_left_out_of_the_breakdown_and_the_share() {
        EngineExecutionResults results = run(dev.mlgate.contract.fixtures.IgnoringDriftContract.class);

        assertThat(outcomes(results)).doesNotContainKeys("empty", "extra").containsKeys("id", "x", "y", "color", "const");
        assertThat(entries(results).get("share")).containsEntry("mlgate.message",
                "2 of 5 columns drifted (40.00%): x, color; accepted: at most 50.00%");
    }

    @Test
    void a_missing_reference_fails_the_drift_checks_alone_naming_the_file() {
        Map<String, String> outcomes = outcomes(run(dev.mlgate.contract.fixtures.MissingReferenceContract.class));

        assertThat(outcomes).containsEntry("x.between", "SUCCESSFUL").containsEntry("schema", "SUCCESSFUL");
        assertThat(outcomes.get("y")).startsWith("FAILED column 'y' of current.csv: the reference could not be read: ")
                .contains("no-such-reference.csv").contains("no such file");
    }

    private static String join(long[] counts) {
        return String.join(",", java.util.Arrays.stream(counts).mapToObj(Long::toString).toList());
    }

    @Test
    void an_integer_column_declared_categorical_is_compared_by_its_category_counts() {
        Map<String, String> x = entries(run(dev.mlgate.contract.fixtures.CategoricalDriftContract.class)).get("x");

        // scipy 1.10.1 chi2_contingency(correction=False) on the 2 x 34 table of x's values in reference.csv
        // and current.csv, each value a category: statistic 28.0, p 0.7144247921911555, 33 degrees of freedom
        assertThat(Double.parseDouble(x.get("mlgate.observed"))).isCloseTo(28.0, within(1e-9));
        assertThat(Double.parseDouble(x.get("mlgate.p"))).isCloseTo(0.7144247921911555, within(1e-12));
        assertThat(x.get("mlgate.message")).contains("chi-squared").contains("categorical column");
    }

    @Test
    void psi_over_a_text_column_takes_one_bin_per_category() {
        Map<String, String> color = entries(run(dev.mlgate.contract.fixtures.CategoricalDriftContract.class))
                .get("color");

        // numpy: sum((c - r) * ln(c / r)) over red, green, blue, purple with proportions of each side floored at
        // 1e-4; reference counts 8/7/5/0, current 3/3/4/10 -> 4.683568939285059
        assertThat(Double.parseDouble(color.get("mlgate.observed"))).isCloseTo(4.683568939285059, within(1e-12));
        assertThat(color.get("mlgate.verdict")).isEqualTo("failed");
    }

    @Test
    void a_decimal_column_declared_categorical_is_a_declaration_problem() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(
                        dev.mlgate.contract.invalid.DecimalAsCategories.class)).discover().getDiscoveryIssues())
                .extracting(issue -> issue.message()).containsExactly(
                        "dev.mlgate.contract.invalid.DecimalAsCategories.y: @NoDrift(as = CATEGORICAL) compares an"
                                + " integer column by its category counts, but 'y' is a decimal number, whose values are"
                                + " too many to count; remove as = CATEGORICAL (or declare the component with an integer"
                                + " type)");
    }
}
