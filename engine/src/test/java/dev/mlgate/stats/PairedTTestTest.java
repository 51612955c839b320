package dev.mlgate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: scipy 1.10.1 scipy.stats.ttest_rel / ttest_1samp (Debian python3-scipy 1.10.1-2).
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PairedTTestTest {

    @Test
    void matches_scipy_ttest_rel() {
        // ttest_rel([3.1, 4.7, 2.2, 5.9, 4.4, 3.8], [2.9, 4.1, 2.5, 5.0, 3.9, 3.0])
        //   -> statistic 2.496150883013532, pvalue 0.05474731202749238, df 5
        double[] a = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8};
        double[] b = {2.9, 4.1, 2.5, 5.0, 3.9, 3.0};
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        PairedTTestResult result = PairedTTest.test(d);

        // t: mean and standard deviation summed in another order than numpy's pairwise sum, ~1e-15
        assertThat(result.t()).isCloseTo(2.496150883013532, within(2.496150883013532 * 1e-12));
        assertThat(result.degreesOfFreedom()).isEqualTo(5);
        // p: commons-math's regularized incomplete beta (documented accuracy 1e-14) instead of SciPy's stdtr
        assertThat(result.pValue()).isCloseTo(0.05474731202749238, within(0.05474731202749238 * 1e-10));
    }

    @Test
    void equal_non_zero_differences_give_an_infinite_t_and_p_zero_as_scipy() {
        // ttest_1samp([0.5, 0.5, 0.5], 0) -> statistic inf, pvalue 0.0
        PairedTTestResult result = PairedTTest.test(new double[] {0.5, 0.5, 0.5});

        assertThat(result.t()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(result.pValue()).isZero();
    }

    @Test
    void no_spread_and_no_difference_or_a_single_row_has_no_p_value() {
        assertThat(PairedTTest.test(new double[] {0, 0, 0}).pValue()).isNaN();
        assertThat(PairedTTest.test(new double[] {1.5}).pValue()).isNaN();
    }
}
