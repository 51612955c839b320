package dev.mlgate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;

/** The statistics quality bar: 1e-9 relative to the reference value (exact equality for 0). */
final class Tolerance {

    static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    static void assertClose(double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
            return;
        }
        if (expected == 0.0 || Double.isInfinite(expected)) {
            assertThat(actual).isEqualTo(expected);
            return;
        }
        Offset<Double> offset = within(Math.abs(expected) * RELATIVE);
        assertThat(actual).isCloseTo(expected, offset);
    }
}
