package dev.mlgate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: statsmodels 0.13.5 multipletests(p, method='holm')[1]
// (stats_reference.py, section "holm").
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolmTest {

    private static void assertAdjusted(double[] p, double... expected) {
        double[] actual = Holm.adjust(p);
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(expected[i] * 1e-9));
        }
    }

    @Test
    void a_hand_worked_example_multiplies_by_the_hypotheses_left_and_keeps_input_order() {
        // sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> running max 0.06;
        // statsmodels 0.13.5 multipletests([0.01, 0.04, 0.03, 0.005], method='holm') agrees
        assertAdjusted(new double[] {0.01, 0.04, 0.03, 0.005}, 0.03, 0.06, 0.06, 0.02);
    }

    @Test
    void adjusted_values_are_capped_at_one() {
        // statsmodels 0.13.5 multipletests([0.2, 0.5, 0.9, 0.04, 0.3], method='holm')
        assertAdjusted(new double[] {0.2, 0.5, 0.9, 0.04, 0.3}, 0.8, 1.0, 1.0, 0.2, 0.8999999999999999);
    }

    @Test
    void tied_p_values_get_equal_adjusted_values() {
        // statsmodels 0.13.5 multipletests([0.02, 0.02, 0.01, 0.5, 0.02], method='holm')
        assertAdjusted(new double[] {0.02, 0.02, 0.01, 0.5, 0.02}, 0.08, 0.08, 0.05, 0.5, 0.08);
    }

    @Test
    void a_single_p_value_is_unchanged_and_an_empty_array_stays_empty() {
        assertAdjusted(new double[] {0.03}, 0.03);
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }

    @Test
    void the_input_array_is_not_modified() {
        double[] p = {0.04, 0.01};
        Holm.adjust(p);
        assertThat(p).containsExactly(0.04, 0.01);
    }

    @Test
    void values_outside_the_unit_interval_and_nan_are_rejected() {
        assertThatThrownBy(() -> Holm.adjust(new double[] {0.2, 1.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p-values must be in [0, 1], but value at index 1 is 1.5");
        assertThatThrownBy(() -> Holm.adjust(new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
