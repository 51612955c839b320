package dev.mlgate.stats;

import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Reference values: statsmodels 0.13.5 mcnemar([[50, b], [c, 30]], exact=True) and
// mcnemar(..., exact=False, correction=True/False) (stats_reference.py, section "mcnemar").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class McNemarTest {

    static Stream<Arguments> statsmodels() {
        // b, c, exact statistic, exact p, corrected statistic, corrected p, plain statistic, plain p
        double[][] rows = {
            {12, 3, 3.0, 0.03515625, 4.266666666666667, 0.03886710381241731, 5.4, 0.02013675155034633},
            {3, 12, 3.0, 0.03515625, 4.266666666666667, 0.03886710381241731, 5.4, 0.02013675155034633},
            {40, 25, 25.0, 0.08168153394154003, 3.0153846153846153, 0.08247788747320971, 3.4615384615384617, 0.06281184751609843},
            {0, 9, 0.0, 0.00390625, 7.111111111111111, 0.007660761135179461, 9.0, 0.0026997960632601883},
            {7, 7, 7.0, 1.0, 0.07142857142857142, 0.7892680261342813, 0.0, 1.0},
            {1, 0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.31731050786291115},
            {0, 150, 0.0, 1.401298464324817e-45, 148.00666666666666, 4.727960179905761e-34, 150.0, 1.7336432457178413e-34},
            {1200, 1100, 1100.0, 0.03896685268382056, 4.261304347826087, 0.03898997282365651, 4.3478260869565215, 0.03705621856411898},
        };
        return Arrays.stream(rows).map(r -> Arguments.of((long) r[0], (long) r[1], r[2], r[3], r[4], r[5], r[6], r[7]));
    }

    @ParameterizedTest(name = "b={0}, c={1}")
    @MethodSource("statsmodels")
    void all_three_variants_match_statsmodels(long b, long c, double exactStatistic, double exactP,
            double correctedStatistic, double correctedP, double plainStatistic, double plainP) {
        McNemarResult exact = McNemar.exact(b, c);
        assertClose(exact.statistic(), exactStatistic);
        assertClose(exact.pValue(), exactP);
        McNemarResult corrected = McNemar.chiSquared(b, c, true);
        assertClose(corrected.statistic(), correctedStatistic);
        assertClose(corrected.pValue(), correctedP);
        McNemarResult plain = McNemar.chiSquared(b, c, false);
        assertClose(plain.statistic(), plainStatistic);
        assertClose(plain.pValue(), plainP);
    }

    @Test
    void no_discordant_pairs_give_p_value_one_exactly_and_nan_for_chi_squared() {
        // statsmodels 0.13.5 mcnemar([[50,0],[0,30]]): exact (0, 1.0); correction=False (nan, nan);
        // correction=True (inf, 0.0), from which this class deliberately deviates (documented).
        assertThat(McNemar.exact(0, 0)).isEqualTo(new McNemarResult(0.0, 1.0));
        McNemarResult plain = McNemar.chiSquared(0, 0, false);
        assertThat(plain.statistic()).isNaN();
        assertThat(plain.pValue()).isNaN();
        McNemarResult corrected = McNemar.chiSquared(0, 0, true);
        assertThat(corrected.statistic()).isNaN();
        assertThat(corrected.pValue()).isNaN();
    }

    @Test
    void discordant_pairs_are_counted_from_per_row_correctness() {
        boolean[] a = {true, true, false, false, true, false};
        boolean[] b = {true, false, true, false, false, true};
        assertThat(McNemar.discordantPairs(a, b)).containsExactly(2, 2);
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> McNemar.exact(-1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discordant counts must be non-negative, but were b=-1, c=3");
    }
}
