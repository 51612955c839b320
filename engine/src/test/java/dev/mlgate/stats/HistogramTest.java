package dev.mlgate.stats;

import static dev.mlgate.stats.ReferenceSamples.constant;
import static dev.mlgate.stats.ReferenceSamples.quad;
import static dev.mlgate.stats.ReferenceSamples.shift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: numpy 1.24.2 np.linspace(pooled.min(), pooled.max(), bins + 1) and
// np.histogram(x, bins=edges) (stats_reference.py, section "histogram").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HistogramTest {

    @Test
    void both_samples_are_counted_on_equal_width_bins_over_the_pooled_range() {
        Histogram histogram = Histogram.of(quad(1000, 31, 17, 1009, 10.0), shift(quad(800, 37, 11, 1013, 10.0), 7), 10);
        assertThat(histogram.edges()).containsExactly(0.0, 10.7, 21.4, 32.099999999999994, 42.8, 53.5,
                64.19999999999999, 74.89999999999999, 85.6, 96.3, 107.0);
        assertThat(histogram.referenceCounts()).containsExactly(109, 77, 115, 102, 115, 106, 107, 115, 106, 48);
        assertThat(histogram.currentCounts()).containsExactly(32, 86, 97, 81, 99, 82, 75, 86, 79, 83);
        assertThat(histogram.bins()).isEqualTo(10);
    }

    @Test
    void a_constant_pooled_sample_gets_a_unit_range_around_its_value() {
        // numpy np.histogram([2.0]*4, bins=3)
        Histogram histogram = Histogram.of(constant(4, 2.0), constant(2, 2.0), 3);
        assertThat(histogram.edges()).containsExactly(1.5, 1.8333333333333333, 2.1666666666666665, 2.5);
        assertThat(histogram.referenceCounts()).containsExactly(0, 4, 0);
        assertThat(histogram.currentCounts()).containsExactly(0, 2, 0);
    }

    @Test
    void the_default_has_twenty_bins_and_counts_every_value() {
        Histogram histogram = Histogram.of(ReferenceSamples.SMALL_A, ReferenceSamples.SMALL_B);
        assertThat(histogram.bins()).isEqualTo(20);
        assertThat(java.util.Arrays.stream(histogram.referenceCounts()).sum()).isEqualTo(5);
        assertThat(java.util.Arrays.stream(histogram.currentCounts()).sum()).isEqualTo(7);
    }

    @Test
    void an_empty_sample_is_rejected() {
        assertThatThrownBy(() -> Histogram.of(ReferenceSamples.SMALL_A, new double[0], 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("current sample must not be empty");
    }
}
