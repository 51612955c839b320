package dev.mlgate.stats;

import static dev.mlgate.stats.ReferenceSamples.constant;
import static dev.mlgate.stats.ReferenceSamples.quad;
import static dev.mlgate.stats.ReferenceSamples.shift;
import static dev.mlgate.stats.ReferenceSamples.wave;
import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: the NumPy 1.24.2 function psi() in stats_reference.py (section "psi"), which
// implements the documented rules: np.quantile edges at i/10, np.unique, searchsorted 'left'
// (right-closed bins), proportions floored at 1e-4, natural log.
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PopulationStabilityIndexTest {

    private static final double[] REF = quad(1000, 31, 17, 1009, 10.0);

    @Test
    void a_shifted_sample_matches_the_numpy_reference_with_its_bins() {
        // numpy psi(quad(1000,31,17,1009,10), quad(800,37,11,1013,10) + 7)
        PsiResult result = PopulationStabilityIndex.compute(REF, shift(quad(800, 37, 11, 1013, 10.0), 7));
        assertClose(result.psi(), 0.13718462198916165);
        assertThat(result.edges()).containsExactly(
                9.7, 22.66, 32.0, 42.1, 52.150000000000006, 61.339999999999996, 71.7, 81.5, 91.01);
        assertThat(result.referenceCounts()).containsExactly(101, 99, 101, 100, 99, 100, 101, 100, 99, 100);
        assertThat(result.currentCounts()).containsExactly(21, 109, 85, 75, 93, 73, 72, 74, 80, 118);
    }

    @Test
    void a_sample_of_the_same_shape_has_a_small_index() {
        // numpy psi(quad(1000,31,17,1009,10), quad(1200,37,11,1013,10))
        PsiResult result = PopulationStabilityIndex.compute(REF, quad(1200, 37, 11, 1013, 10.0));
        assertClose(result.psi(), 0.027567181206775863);
        assertThat(result.psi()).isLessThan(0.1);
    }

    @Test
    void heavy_ties_merge_equal_edges_so_the_tied_value_fills_one_bin() {
        // numpy psi(concat(zeros(200), wave(100,7,13,0,1)), wave(150,7,13,0,1))
        double[] reference = new double[300];
        System.arraycopy(wave(100, 7, 13, 0, 1.0), 0, reference, 200, 100);
        PsiResult result = PopulationStabilityIndex.compute(reference, wave(150, 7, 13, 0, 1.0));
        assertClose(result.psi(), 1.998521982906829);
        assertThat(result.edges()).containsExactly(0.0, 1.0, 4.200000000000017, 8.100000000000023);
        assertThat(result.referenceCounts()).containsExactly(208, 8, 24, 30, 30);
        assertThat(result.currentCounts()).containsExactly(12, 12, 35, 46, 45);
    }

    @Test
    void values_beyond_the_reference_range_fall_in_the_open_outer_bin_and_empty_bins_are_floored() {
        // numpy psi(wave(50,3,10,0,1), wave(40,3,10,0,1) + 100)
        PsiResult result = PopulationStabilityIndex.compute(wave(50, 3, 10, 0, 1.0), shift(wave(40, 3, 10, 0, 1.0), 100));
        assertClose(result.psi(), 8.283089355027482);
        assertThat(result.currentCounts()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 40);
    }

    @Test
    void a_constant_reference_gives_two_bins_around_the_constant() {
        // numpy psi([5.0]*20, wave(30,1,3,4,1) + 4)
        PsiResult result = PopulationStabilityIndex.compute(constant(20, 5.0), shift(wave(30, 1, 3, 4, 1.0), 4));
        assertClose(result.psi(), 2.8382532243304146);
        assertThat(result.edges()).containsExactly(5.0);
        assertThat(result.referenceCounts()).containsExactly(20, 0);
        assertThat(result.currentCounts()).containsExactly(20, 10);
    }

    @Test
    void the_number_of_bins_can_be_chosen() {
        // numpy psi(quad(1000,31,17,1009,10), quad(800,37,11,1013,10) + 7, bins=4)
        PsiResult result = PopulationStabilityIndex.compute(REF, shift(quad(800, 37, 11, 1013, 10.0), 7), 4);
        assertClose(result.psi(), 0.013367297243065136);
        assertThat(result.edges()).containsExactly(27.4, 52.150000000000006, 76.5);
    }

    @Test
    void identical_samples_have_an_index_of_zero() {
        assertThat(PopulationStabilityIndex.compute(REF, REF).psi()).isEqualTo(0.0);
    }

    @Test
    void the_result_does_not_expose_its_arrays() {
        PsiResult result = PopulationStabilityIndex.compute(REF, REF);
        result.edges()[0] = -1;
        assertThat(result.edges()[0]).isEqualTo(9.7);
    }

    @Test
    void empty_samples_and_too_few_bins_are_rejected() {
        assertThatThrownBy(() -> PopulationStabilityIndex.compute(REF, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("current sample must not be empty");
        assertThatThrownBy(() -> PopulationStabilityIndex.compute(REF, REF, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bins must be at least 2, but was 1");
    }
}
