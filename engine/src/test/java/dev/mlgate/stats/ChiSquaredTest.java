package dev.mlgate.stats;

import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: scipy 1.10.1 chi2_contingency(table, correction=False) and
// chisquare(cur, ref / ref.sum() * cur.sum()) on the table aligned on the sorted union of categories
// with all-zero columns dropped (stats_reference.py, section "chi2").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChiSquaredTest {

    private static final Map<String, Long> BALANCED_REF = Map.of("a", 30L, "b", 50L, "c", 20L);
    private static final Map<String, Long> BALANCED_CUR = Map.of("a", 42L, "b", 38L, "c", 25L);
    private static final Map<String, Long> ONE_SIDED_REF = Map.of("a", 120L, "b", 80L, "e", 7L, "z", 0L);
    private static final Map<String, Long> ONE_SIDED_CUR = Map.of("a", 100L, "b", 95L, "d", 12L, "z", 0L);

    private static void assertResult(ChiSquaredResult result, double statistic, double p, int dof) {
        assertClose(result.statistic(), statistic);
        assertClose(result.pValue(), p);
        assertThat(result.degreesOfFreedom()).isEqualTo(dof);
    }

    @Test
    void homogeneity_of_three_categories_matches_chi2_contingency_without_correction() {
        // scipy 1.10.1 chi2_contingency([[30,50,20],[42,38,25]], correction=False)
        assertResult(ChiSquared.homogeneity(BALANCED_REF, BALANCED_CUR), 4.072390572390573, 0.1305243752423081, 2);
    }

    @Test
    void categories_present_on_one_side_only_are_columns_and_empty_ones_are_dropped() {
        // scipy 1.10.1 chi2_contingency([[120,80,0,7],[100,95,12,0]], correction=False) (z dropped)
        assertResult(ChiSquared.homogeneity(ONE_SIDED_REF, ONE_SIDED_CUR), 22.103896103896105, 6.206332437160903e-05, 3);
    }

    @Test
    void two_categories_have_one_degree_of_freedom_and_no_yates_correction() {
        // scipy 1.10.1 chi2_contingency([[95,5],[85,15]], correction=False)
        assertResult(ChiSquared.homogeneity(Map.of("yes", 5L, "no", 95L), Map.of("yes", 15L, "no", 85L)),
                5.555555555555555, 0.01842212545409897, 1);
    }

    @Test
    void a_strong_shift_gives_a_p_value_that_underflows_to_zero() {
        // scipy 1.10.1 chi2_contingency([[5000,5000,10],[2000,8000,900]], correction=False)
        assertResult(ChiSquared.homogeneity(new long[] {5000, 5000, 10}, new long[] {2000, 8000, 900}),
                2815.6811431335072, 0.0, 2);
    }

    @Test
    void goodness_of_fit_against_reference_proportions_matches_chisquare() {
        // scipy 1.10.1 chisquare([42,38,25], [30,50,20]/100*105)
        assertResult(ChiSquared.goodnessOfFit(BALANCED_REF, BALANCED_CUR), 8.266666666666666, 0.016029358476645585, 2);
        // scipy 1.10.1 chisquare([85,15], [95,5]/100*100)
        assertResult(ChiSquared.goodnessOfFit(Map.of("yes", 5L, "no", 95L), Map.of("yes", 15L, "no", 85L)),
                21.05263157894737, 4.468387345230037e-06, 1);
    }

    @Test
    void goodness_of_fit_is_infinite_when_the_current_data_has_a_category_unseen_in_the_reference() {
        // scipy 1.10.1 chisquare([100,95,12,0], [120,80,0,7]/207*207) -> inf, p 0
        assertResult(ChiSquared.goodnessOfFit(ONE_SIDED_REF, ONE_SIDED_CUR), Double.POSITIVE_INFINITY, 0.0, 3);
    }

    @Test
    void a_single_shared_category_has_no_degrees_of_freedom() {
        assertResult(ChiSquared.homogeneity(Map.of("a", 3L), Map.of("a", 9L, "b", 0L)), 0.0, 1.0, 0);
    }

    @Test
    void an_empty_side_is_rejected() {
        assertThatThrownBy(() -> ChiSquared.homogeneity(Map.of(), BALANCED_CUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference counts must not all be zero (empty sample)");
        assertThatThrownBy(() -> ChiSquared.homogeneity(new long[] {1, 2}, new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("current counts must not all be zero (empty sample)");
    }

    @Test
    void negative_counts_and_misaligned_vectors_are_rejected() {
        assertThatThrownBy(() -> ChiSquared.homogeneity(new long[] {1, -2}, new long[] {3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> ChiSquared.goodnessOfFit(new long[] {1, 2}, new long[] {3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same number of categories");
    }
}
