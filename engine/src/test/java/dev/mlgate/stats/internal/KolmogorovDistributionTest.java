package dev.mlgate.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// scipy 1.10.1 scipy.stats.kstwo.sf(x, n), printed by stats_reference.py section "kstwo". The points
// cover every branch: Ruben-Gambino (n x <= 1, n x >= n - 1), 2*smirnov (x >= 0.5), Durbin's
// matrix, Pomeranz (n <= 140), Pelz-Good, the one-sided tail for n x^2 >= 2.2 with n <= 1e6 and
// n > 1e6, and the n x^2 >= 370 cut-off.
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KolmogorovDistributionTest {

    static Stream<Arguments> points() {
        double[][] rows = {
            {5, 0.15, 0.9988},
            {5, 0.3, 0.664},
            {10, 0.05, 1.0},
            {10, 0.25, 0.4841115325000003},
            {20, 0.1, 0.976255094592155},
            {20, 0.3, 0.04306706665851623},
            {50, 0.2, 0.03143877776953241},
            {100, 0.05, 0.9532159710635725},
            {100, 0.12, 0.1033037490181987},
            {140, 0.1, 0.11353657290090946},
            {140, 0.2, 2.1981563302200222e-05},
            {60, 0.55, 1.424358696931096e-17},
            {30, 0.97, 4.11782264189309e-46},
            {141, 0.003, 1.0},
            {500, 0.03, 0.7473166700457021},
            {500, 0.09, 0.0005653758236787942},
            {2000, 0.02, 0.3953133626892045},
            {5000, 0.005, 0.9995858441477996},
            {6667, 0.012, 0.289956448198632},
            {20000, 0.004, 0.9048968240702959},
            {150000, 0.001, 0.9982358422822605},
            {150000, 0.003, 0.1341018124495077},
            {400000, 0.0025, 0.013453396786664303},
            {2000000, 0.0012, 0.006297183259583361},
            {1000, 0.0009, 1.0},
            {7, 0.5, 0.03839174153626465},
            {99, 0.3, 2.1295020110227236e-08},
        };
        return Arrays.stream(rows).map(row -> Arguments.of((int) row[0], row[1], row[2]));
    }

    @ParameterizedTest(name = "P(D_{0} >= {1}) = {2}")
    @MethodSource("points")
    void survival_matches_scipy_kstwo_sf(int n, double x, double expected) {
        double actual = KolmogorovDistribution.survival(n, x);
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }
}
