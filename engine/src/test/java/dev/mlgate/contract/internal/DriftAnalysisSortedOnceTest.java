package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mlgate.backend.Sample;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.stats.Histogram;
import dev.mlgate.stats.JensenShannon;
import dev.mlgate.stats.KolmogorovSmirnov;
import dev.mlgate.stats.KolmogorovSmirnovResult;
import dev.mlgate.stats.PopulationStabilityIndex;
import dev.mlgate.stats.Wasserstein;
import dev.mlgate.stats.WassersteinResult;
import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import dev.mlgate.stats.internal.AwkwardDoubles;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drift of a numeric column, each side sorted and checked once, gives what it gave when it sorted copies
 * of both sides and called each method (and the chart) on the arrays: the same statistic, p-value and
 * histogram, bit for bit, whether or not the sample came sorted.
 */
class DriftAnalysisSortedOnceTest {

    static Stream<Arguments> cases() {
        Kind[] kinds = {Kind.DECIMALS, Kind.WHOLE, Kind.FINITE_SPECIAL, Kind.CONSTANT, Kind.DESCENDING};
        DriftMethod[] methods = {DriftMethod.KOLMOGOROV_SMIRNOV, DriftMethod.WASSERSTEIN,
            DriftMethod.POPULATION_STABILITY_INDEX, DriftMethod.JENSEN_SHANNON, DriftMethod.AUTO};
        int[] sizes = {1, 2, 17, 999, 5000, 30_000};
        return Arrays.stream(kinds).flatMap(kind -> Arrays.stream(methods).flatMap(method -> Arrays.stream(sizes)
                .mapToObj(n -> Arguments.of(kind, method, n))));
    }

    /** The statistic and p-value as the analysis computed them before: sorted copies into each method. */
    private static double[] previous(double[] reference, double[] current, DriftMethod method) {
        double[] ref = reference.clone();
        double[] cur = current.clone();
        Arrays.sort(ref);
        Arrays.sort(cur);
        return switch (method) {
            case KOLMOGOROV_SMIRNOV -> {
                KolmogorovSmirnovResult ks = KolmogorovSmirnov.test(ref, cur);
                yield new double[] {ks.statistic(), ks.pValue()};
            }
            case POPULATION_STABILITY_INDEX -> new double[] {PopulationStabilityIndex.compute(ref, cur).psi(), Double.NaN};
            case JENSEN_SHANNON -> {
                Histogram bins = Histogram.of(ref, cur);
                yield new double[] {JensenShannon.distance(bins.referenceCounts(), bins.currentCounts()), Double.NaN};
            }
            default -> {
                WassersteinResult w = Wasserstein.normalized(ref, cur);
                yield new double[] {w.isNormalizedDefined() ? w.normalizedDistance() : w.distance(), Double.NaN};
            }
        };
    }

    private static String previousHistogram(double[] reference, double[] current) {
        double[] ref = reference.clone();
        double[] cur = current.clone();
        Arrays.sort(ref);
        Arrays.sort(cur);
        return DriftAnalysis.histogramJson(Histogram.of(ref, cur));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} values")
    @MethodSource("cases")
    void gives_the_statistic_and_chart_of_sorted_copies_bit_for_bit(Kind kind, DriftMethod method, int n) {
        double[] reference = AwkwardDoubles.of(kind, n, 41 + n);
        double[] current = AwkwardDoubles.of(kind == Kind.CONSTANT ? Kind.WHOLE : kind, n / 2 + 1, 43 + n);
        double[] ascending = reference.clone();
        Arrays.sort(ascending);
        DriftMethod used = method == DriftMethod.AUTO ? (n <= 1000 ? DriftMethod.KOLMOGOROV_SMIRNOV
                : DriftMethod.WASSERSTEIN) : method;
        double[] expected = previous(reference, current, used);

        for (double[] side : new double[][] {reference, ascending}) {
            DriftResult result = DriftAnalysis.compare("x", new Sample.Numeric(side, 0, 0),
                    new Sample.Numeric(current, 0, 0), method, Double.NaN);

            assertThat(result.method()).isEqualTo(used);
            assertThat(Double.doubleToLongBits(result.statistic()))
                    .isEqualTo(Double.doubleToLongBits(expected[0]));
            assertThat(Double.doubleToLongBits(result.pValue())).isEqualTo(Double.doubleToLongBits(expected[1]));
            assertThat(result.histogram()).isEqualTo(previousHistogram(reference, current));
        }
        assertThat(reference).as("the sample is left as it was").isEqualTo(AwkwardDoubles.of(kind, n, 41 + n));
    }

    @Test
    void an_infinite_value_fails_as_before_naming_its_position_in_ascending_order() {
        double[] reference = {3.0, Double.POSITIVE_INFINITY, -1.0, 2.0};
        double[] current = {1.0, 2.0};
        Throwable expected = catchThrowable(() -> previousHistogram(reference, current));

        assertThatThrownBy(() -> DriftAnalysis.compare("x", new Sample.Numeric(reference, 0, 0),
                new Sample.Numeric(current, 0, 0), DriftMethod.WASSERSTEIN, Double.NaN))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected.getMessage())
                .hasMessage("reference sample must contain only finite values, but value at index 3 is Infinity");
    }
}
