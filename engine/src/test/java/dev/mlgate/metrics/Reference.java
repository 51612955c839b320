package dev.mlgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons against reference values: 1e-12 relative, and exact when the reference is 0. */
final class Reference {

    static final double RELATIVE = 1e-12;

    private Reference() {
    }

    static void assertMatches(Metric metric, double expected) {
        assertThat(metric.isDefined()).as("%s should be defined", metric).isTrue();
        assertClose(metric.value(), expected, metric.name());
    }

    static void assertClose(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected))
                .as("%s: %s vs reference %s", what, actual, expected)
                .isLessThanOrEqualTo(RELATIVE * Math.abs(expected));
    }

    static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i], what + "[" + i + "]");
        }
    }

    static void assertUndefined(Metric metric, String reasonFragment) {
        assertThat(metric.isDefined()).as("%s should be undefined", metric).isFalse();
        assertThat(metric.undefinedReason()).contains(reasonFragment);
    }
}
