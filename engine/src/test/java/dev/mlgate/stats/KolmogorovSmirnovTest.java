package dev.mlgate.stats;

import static dev.mlgate.stats.ReferenceSamples.constant;
import static dev.mlgate.stats.ReferenceSamples.quad;
import static dev.mlgate.stats.ReferenceSamples.shift;
import static dev.mlgate.stats.ReferenceSamples.wave;
import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.stats.KolmogorovSmirnovResult.Method;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: scipy 1.10.1 scipy.stats.ks_2samp(a, b) (defaults: two-sided, method='auto'),
// printed by src/test/resources/reference/stats_reference.py, section "ks".
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KolmogorovSmirnovTest {

    private static void assertKs(double[] a, double[] b, double d, double p, Method method) {
        KolmogorovSmirnovResult result = KolmogorovSmirnov.test(a, b);
        assertClose(result.statistic(), d);
        assertClose(result.pValue(), p);
        assertThat(result.method()).isEqualTo(method);
        assertThat(result.referenceSize()).isEqualTo(a.length);
        assertThat(result.currentSize()).isEqualTo(b.length);
    }

    @Test
    void small_samples_of_five_and_seven_use_the_exact_distribution() {
        // scipy 1.10.1 ks_2samp(SMALL_A, SMALL_B)
        assertKs(ReferenceSamples.SMALL_A, ReferenceSamples.SMALL_B,
                0.42857142857142855, 0.5454545454545454, Method.EXACT);
    }

    @Test
    void ties_within_and_across_samples_are_handled_as_scipy_does() {
        // scipy 1.10.1 ks_2samp(TIES_A, TIES_B)
        assertKs(ReferenceSamples.TIES_A, ReferenceSamples.TIES_B,
                0.4166666666666667, 0.35170711641299884, Method.EXACT);
    }

    @Test
    void equal_sample_sizes_use_the_reflection_series() {
        // scipy 1.10.1 ks_2samp(quad(50,7,3,101,10), quad(50,5,11,97,10))
        assertKs(quad(50, 7, 3, 101, 10.0), quad(50, 5, 11, 97, 10.0), 0.16, 0.5486851446031328, Method.EXACT);
    }

    @Test
    void unequal_sizes_with_heavy_ties_use_the_exact_lattice_recursion() {
        // scipy 1.10.1 ks_2samp(wave(40,7,23,0,1), wave(65,5,29,3,1))
        assertKs(wave(40, 7, 23, 0, 1.0), wave(65, 5, 29, 3, 1.0),
                0.2153846153846154, 0.1709252287795754, Method.EXACT);
    }

    @Test
    void an_exact_probability_that_rounds_above_one_falls_back_to_the_asymptotic_method_as_scipy_does() {
        // scipy 1.10.1 ks_2samp([1,2,3,4,5], [1,2,3,4,6]): the exact series gives 1.0000000000000002,
        // SciPy warns "Exact calculation unsuccessful" and returns kstwo.sf(0.2, 2) = 1.0
        assertKs(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 3, 4, 6}, 0.2, 1.0, Method.ASYMPTOTIC);
    }

    @Test
    void two_different_constant_samples_are_fully_separated() {
        // scipy 1.10.1 ks_2samp([3.0]*6, [4.0]*4)
        assertKs(constant(6, 3.0), constant(4, 4.0), 1.0, 0.009523809523809525, Method.EXACT);
    }

    @Test
    void two_equal_constant_samples_have_no_difference() {
        // scipy 1.10.1 ks_2samp([3.0]*6, [3.0]*4)
        assertKs(constant(6, 3.0), constant(4, 3.0), 0.0, 1.0, Method.EXACT);
    }

    @Test
    void samples_of_up_to_ten_thousand_values_still_use_the_exact_method() {
        // scipy 1.10.1 ks_2samp(quad(9000,31,17,10007,100), quad(10000,37,11,10009,100) + 1.5)
        assertKs(quad(9000, 31, 17, 10007, 100.0), shift(quad(10000, 37, 11, 10009, 100.0), 1.5),
                0.020777777777777777, 0.03293235326168736, Method.EXACT);
    }

    @Test
    void large_samples_with_a_small_statistic_use_the_asymptotic_method_via_durbins_matrix() {
        // scipy 1.10.1 ks_2samp(quad(12000,31,17,10007,100), quad(15000,37,11,10009,100))
        assertKs(quad(12000, 31, 17, 10007, 100.0), quad(15000, 37, 11, 10009, 100.0),
                0.010583333333333333, 0.4410756482875283, Method.ASYMPTOTIC);
    }

    @Test
    void large_samples_with_a_moderate_statistic_use_the_pelz_good_series() {
        // scipy 1.10.1 ks_2samp(quad(12000,31,17,10007,100), quad(15000,37,11,10009,100) + 0.8)
        assertKs(quad(12000, 31, 17, 10007, 100.0), shift(quad(15000, 37, 11, 10009, 100.0), 0.8),
                0.012983333333333347, 0.2092264672653379, Method.ASYMPTOTIC);
    }

    @Test
    void large_samples_with_a_large_statistic_use_the_one_sided_smirnov_tail() {
        // scipy 1.10.1 ks_2samp(quad(12000,31,17,10007,100), quad(15000,37,11,10009,100) + 2.5)
        assertKs(quad(12000, 31, 17, 10007, 100.0), shift(quad(15000, 37, 11, 10009, 100.0), 2.5),
                0.02918333333333334, 2.2903703870781627e-05, Method.ASYMPTOTIC);
    }

    @Test
    void a_small_sample_against_a_large_one_uses_a_small_effective_size() {
        // scipy 1.10.1 ks_2samp(wave(60,7,101,0,1), quad(20000,37,11,10009,100))
        assertKs(wave(60, 7, 101, 0, 1.0), quad(20000, 37, 11, 10009, 100.0),
                0.047750000000000015, 0.9981718214471156, Method.ASYMPTOTIC);
    }

    @Test
    void an_extreme_shift_gives_a_p_value_of_zero() {
        // scipy 1.10.1 ks_2samp(quad(12000,31,17,10007,100), quad(15000,37,11,10009,100) + 40)
        assertKs(quad(12000, 31, 17, 10007, 100.0), shift(quad(15000, 37, 11, 10009, 100.0), 40),
                0.40605, 0.0, Method.ASYMPTOTIC);
    }

    @Test
    void the_test_is_symmetric_in_its_two_samples() {
        KolmogorovSmirnovResult forward = KolmogorovSmirnov.test(ReferenceSamples.TIES_A, ReferenceSamples.TIES_B);
        KolmogorovSmirnovResult backward = KolmogorovSmirnov.test(ReferenceSamples.TIES_B, ReferenceSamples.TIES_A);
        assertThat(backward.statistic()).isEqualTo(forward.statistic());
        assertThat(backward.pValue()).isEqualTo(forward.pValue());
    }

    @Test
    void an_empty_sample_is_rejected_with_a_message_naming_it() {
        assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[0], ReferenceSamples.SMALL_B))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference sample must not be empty");
        assertThatThrownBy(() -> KolmogorovSmirnov.test(ReferenceSamples.SMALL_A, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("current sample must not be empty");
    }

    @Test
    void a_nan_value_is_rejected_with_its_index() {
        assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[] {1, Double.NaN}, ReferenceSamples.SMALL_B))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 1");
    }

    @Test
    void method_labels_are_the_words_a_report_prints() {
        assertThat(Method.EXACT.label()).isEqualTo("exact");
        assertThat(Method.ASYMPTOTIC.label()).isEqualTo("asymptotic");
    }
}
