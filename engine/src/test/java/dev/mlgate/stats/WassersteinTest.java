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

// Reference values: scipy 1.10.1 scipy.stats.wasserstein_distance(u, v) and numpy 1.24.2 np.std(u)
// (population, ddof=0) (stats_reference.py, section "wasserstein").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WassersteinTest {

    @Test
    void small_samples_match_scipy() {
        // scipy 1.10.1 wasserstein_distance(SMALL_A, SMALL_B)
        WassersteinResult result = Wasserstein.normalized(ReferenceSamples.SMALL_A, ReferenceSamples.SMALL_B);
        assertClose(result.distance(), 0.5500000000000002);
        assertClose(result.referenceStandardDeviation(), 0.6288720060552863);
        assertClose(result.normalizedDistance(), 0.8745817824679062);
        assertThat(result.isNormalizedDefined()).isTrue();
    }

    @Test
    void tied_samples_match_scipy() {
        // scipy 1.10.1 wasserstein_distance(TIES_A, TIES_B)
        assertClose(Wasserstein.distance(ReferenceSamples.TIES_A, ReferenceSamples.TIES_B), 1.3472222222222223);
        assertClose(Wasserstein.normalized(ReferenceSamples.TIES_A, ReferenceSamples.TIES_B).normalizedDistance(),
                1.1554990653251789);
    }

    @Test
    void samples_of_unequal_size_match_scipy() {
        // scipy 1.10.1 wasserstein_distance(quad(1000,31,17,1009,10), quad(800,37,11,1013,10) + 7)
        WassersteinResult result = Wasserstein.normalized(quad(1000, 31, 17, 1009, 10.0),
                shift(quad(800, 37, 11, 1013, 10.0), 7));
        assertClose(result.distance(), 4.289525);
        assertClose(result.referenceStandardDeviation(), 28.787350659447632);
        assertClose(result.normalizedDistance(), 0.14900728624682363);
    }

    @Test
    void a_constant_reference_has_a_distance_but_no_normalised_distance() {
        // scipy 1.10.1 wasserstein_distance([5.0]*20, wave(30,1,3,4,1)) = 4.0; np.std = 0
        WassersteinResult result = Wasserstein.normalized(constant(20, 5.0), wave(30, 1, 3, 4, 1.0));
        assertClose(result.distance(), 4.0);
        assertThat(result.normalizedDistance()).isNaN();
        assertThat(result.isNormalizedDefined()).isFalse();
        assertThat(result.undefinedReason()).hasValueSatisfying(reason -> assertThat(reason).contains("constant"));
    }

    @Test
    void the_distance_is_symmetric_and_zero_for_identical_samples() {
        assertThat(Wasserstein.distance(ReferenceSamples.SMALL_B, ReferenceSamples.SMALL_A))
                .isEqualTo(Wasserstein.distance(ReferenceSamples.SMALL_A, ReferenceSamples.SMALL_B));
        assertThat(Wasserstein.distance(ReferenceSamples.SMALL_A, ReferenceSamples.SMALL_A)).isEqualTo(0.0);
    }

    @Test
    void an_empty_sample_is_rejected() {
        assertThatThrownBy(() -> Wasserstein.distance(new double[0], ReferenceSamples.SMALL_A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference sample must not be empty");
    }
}
