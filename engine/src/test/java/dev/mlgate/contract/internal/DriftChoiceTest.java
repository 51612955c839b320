package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.DriftMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic drift method choice documented on {@link DriftMethod#AUTO}. */
class DriftChoiceTest {

    @ParameterizedTest(name = "{0} column, reference of {1} values: {2}")
    @CsvSource({
        "true, 1, KOLMOGOROV_SMIRNOV",
        "true, 1000, KOLMOGOROV_SMIRNOV",
        "true, 1001, WASSERSTEIN",
        "true, 1000000, WASSERSTEIN",
        "false, 20, CHI_SQUARED",
        "false, 1000, CHI_SQUARED",
        "false, 1001, JENSEN_SHANNON"})
    void auto_chooses_a_test_for_small_references_and_a_distance_for_large_ones(boolean numeric, long size,
            DriftMethod expected) {
        DriftAnalysis.Choice choice = DriftAnalysis.choose(DriftMethod.AUTO, numeric, size);

        assertThat(choice.method()).isEqualTo(expected);
        assertThat(choice.reason()).isEqualTo("chosen automatically: " + (numeric ? "numeric" : "categorical")
                + " column, reference of " + size + " values (" + (size <= 1000 ? "at most" : "more than") + " 1000)");
    }

    @ParameterizedTest
    @CsvSource({"KOLMOGOROV_SMIRNOV", "POPULATION_STABILITY_INDEX", "WASSERSTEIN", "JENSEN_SHANNON"})
    void a_declared_method_is_kept(DriftMethod declared) {
        assertThat(DriftAnalysis.choose(declared, true, 5000)).isEqualTo(new DriftAnalysis.Choice(declared, "declared"));
    }
}
