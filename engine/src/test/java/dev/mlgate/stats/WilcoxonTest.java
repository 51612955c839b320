package dev.mlgate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: scipy 1.10.1 scipy.stats.wilcoxon(d) (defaults: zero_method='wilcox', correction=False,
// two-sided, method='auto'), Debian python3-scipy 1.10.1-2.
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WilcoxonTest {

    /** The exact p-value is a ratio of integer counts to 2^n, so only SciPy's float summation can differ. */
    private static final double EXACT = 1e-12;
    /** The normal approximation goes through erfc (commons-math, about 1e-15 relative) instead of SciPy's norm.sf. */
    private static final double APPROX = 1e-12;

    @Test
    void small_samples_without_zeros_or_ties_use_the_exact_distribution() {
        // wilcoxon([1.5, -0.5, 2.25, 3.0, -1.25, 4.5, 0.75, 5.0, -2.75, 6.0]) -> statistic 10.0, pvalue 0.083984375
        WilcoxonResult result = Wilcoxon.test(new double[] {1.5, -0.5, 2.25, 3.0, -1.25, 4.5, 0.75, 5.0, -2.75, 6.0});

        assertThat(result.exact()).isTrue();
        assertThat(result.statistic()).isEqualTo(10.0);
        assertThat(result.pValue()).isCloseTo(0.083984375, within(0.083984375 * EXACT));
    }

    @Test
    void the_centre_of_the_exact_distribution_has_p_one() {
        // wilcoxon([1.0, -2.0, 3.0]) -> statistic 2.0, pvalue 0.75; wilcoxon([2.0, -1.0, 3.0]) -> 1.0, 0.5;
        // wilcoxon([1.0, -2.0, -3.0, 4.0]) -> 5.0, 1.0 (R+ = 5 is the centre)
        assertThat(Wilcoxon.test(new double[] {1.0, -2.0, 3.0}).pValue()).isEqualTo(0.75);
        assertThat(Wilcoxon.test(new double[] {2.0, -1.0, 3.0}).pValue()).isEqualTo(0.5);
        assertThat(Wilcoxon.test(new double[] {1.0, -2.0, -3.0, 4.0}).pValue()).isEqualTo(1.0);
    }

    @Test
    void zeros_are_dropped_and_ties_corrected_in_the_normal_approximation() {
        // wilcoxon([0, 1, -1, 2, 2, -3, 4, 0, 5, -2, 6, 7]) -> statistic 11.5, pvalue 0.101799415202487
        // (SciPy switches to the approximation because of the zeros)
        WilcoxonResult result = Wilcoxon.test(new double[] {0, 1, -1, 2, 2, -3, 4, 0, 5, -2, 6, 7});

        assertThat(result.exact()).isFalse();
        assertThat(result.nonZero()).isEqualTo(10);
        assertThat(result.statistic()).isEqualTo(11.5);
        assertThat(result.pValue()).isCloseTo(0.101799415202487, within(0.101799415202487 * APPROX));
    }

    @Test
    void more_than_fifty_differences_use_the_normal_approximation() {
        // d = [((i * 37) % 61) - 20.5 for i in range(1, 61)] -> statistic 410.0, pvalue 0.00020091646087444466
        double[] d = new double[60];
        for (int i = 1; i <= 60; i++) {
            d[i - 1] = ((i * 37) % 61) - 20.5;
        }
        WilcoxonResult result = Wilcoxon.test(d);

        assertThat(result.exact()).isFalse();
        assertThat(result.statistic()).isEqualTo(410.0);
        assertThat(result.pValue()).isCloseTo(0.00020091646087444466, within(0.00020091646087444466 * APPROX));
    }

    @Test
    void ties_among_at_most_fifty_differences_use_the_approximation_as_method_approx() {
        // SciPy 1.10's default would run its exact path on a truncated rank sum here; mlgate takes
        // wilcoxon([1, -1, 2, 3, -4, 5, 6, 7], method='approx') -> statistic 6.5, pvalue 0.10689685480449329
        WilcoxonResult result = Wilcoxon.test(new double[] {1, -1, 2, 3, -4, 5, 6, 7});

        assertThat(result.exact()).isFalse();
        assertThat(result.statistic()).isEqualTo(6.5);
        assertThat(result.pValue()).isCloseTo(0.10689685480449329, within(0.10689685480449329 * APPROX));
    }

    @Test
    void all_zero_differences_have_no_p_value() {
        // SciPy raises "zero_method 'wilcox' and 'pratt' do not work if x - y is zero for all elements"
        assertThat(Wilcoxon.test(new double[] {0, 0, 0}).pValue()).isNaN();
    }
}
