package dev.mlgate.stats;

import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: scipy 1.10.1 scipy.spatial.distance.jensenshannon(p, q) (base e) on the count
// vectors below (stats_reference.py, section "js").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JensenShannonTest {

    @Test
    void count_vectors_are_normalised_and_compared_with_the_natural_logarithm() {
        // scipy 1.10.1 jensenshannon([10,20,30,40], [15,25,25,35])
        assertClose(JensenShannon.distance(new long[] {10, 20, 30, 40}, new long[] {15, 25, 25, 35}),
                0.07668497816148621);
    }

    @Test
    void disjoint_supports_reach_the_square_root_of_ln_2() {
        // scipy 1.10.1 jensenshannon([5,0], [0,7])
        double distance = JensenShannon.distance(new long[] {5, 0}, new long[] {0, 7});
        assertClose(distance, 0.8325546111576977);
        assertClose(distance, Math.sqrt(Math.log(2)));
    }

    @Test
    void proportional_counts_have_distance_zero() {
        // scipy 1.10.1 jensenshannon([1,2,3], [2,4,6])
        assertThat(JensenShannon.distance(new long[] {1, 2, 3}, new long[] {2, 4, 6})).isEqualTo(0.0);
    }

    @Test
    void count_maps_are_aligned_on_the_union_of_categories() {
        // scipy 1.10.1 jensenshannon([120,80,0,7], [100,95,12,0]) with columns a, b, d, e
        double distance = JensenShannon.distance(Map.of("a", 120L, "b", 80L, "e", 7L), Map.of("a", 100L, "b", 95L, "d", 12L));
        assertClose(distance, 0.1885860836145932);
    }

    @Test
    void weights_that_are_not_counts_are_accepted_and_normalised() {
        // same as the count case, scaled by 0.1
        assertClose(JensenShannon.distance(new double[] {1, 2, 3, 4}, new double[] {1.5, 2.5, 2.5, 3.5}),
                0.07668497816148621);
    }

    @Test
    void an_all_zero_side_and_negative_weights_are_rejected() {
        assertThatThrownBy(() -> JensenShannon.distance(new long[] {0, 0}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference counts must not all be zero (empty sample)");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, -1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-negative");
    }
}
