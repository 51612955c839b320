package dev.mlgate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import dev.mlgate.stats.internal.AwkwardDoubles;
import dev.mlgate.stats.internal.Quantiles;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Samples sorted once give every method the result it gives the unsorted arrays, bit for bit; the
 * Wasserstein distance's single merge gives the sum the pooled sort and binary searches gave.
 */
class SortedSampleTest {

    /** Finite samples of every size, the two sides of different sizes and kinds. */
    static Stream<Arguments> pairs() {
        Kind[] kinds = {Kind.DECIMALS, Kind.WHOLE, Kind.FINITE_SPECIAL, Kind.CONSTANT, Kind.ASCENDING, Kind.DESCENDING};
        return Arrays.stream(kinds).flatMap(kind -> Arrays.stream(AwkwardDoubles.SIZES).filter(n -> n > 0 && n <= 50_000)
                .mapToObj(n -> Arguments.of(kind, n)));
    }

    private static double[] reference(Kind kind, int n) {
        return AwkwardDoubles.of(kind, n, 31 + n);
    }

    private static double[] current(Kind kind, int n) {
        Kind other = kind == Kind.CONSTANT ? Kind.WHOLE : kind;
        return AwkwardDoubles.of(other, Math.max(1, n * 3 / 4 + 1), 37 + n);
    }

    /** Wasserstein's sum as computed before the merge: every pooled value, CDFs by binary search. */
    private static double pooledDistance(double[] reference, double[] current) {
        double[] u = reference.clone();
        double[] v = current.clone();
        Arrays.sort(u);
        Arrays.sort(v);
        double[] pooled = new double[u.length + v.length];
        System.arraycopy(u, 0, pooled, 0, u.length);
        System.arraycopy(v, 0, pooled, u.length, v.length);
        Arrays.sort(pooled);
        double sum = 0.0;
        for (int k = 0; k < pooled.length - 1; k++) {
            double uCdf = (double) Quantiles.countAtMost(u, pooled[k]) / u.length;
            double vCdf = (double) Quantiles.countAtMost(v, pooled[k]) / v.length;
            sum += Math.abs(uCdf - vCdf) * (pooled[k + 1] - pooled[k]);
        }
        return sum;
    }

    /** The bits of a computed value; Java leaves a computed NaN's bits open, so all NaN are one here. */
    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    @Nested
    class Wasserstein_distance {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.SortedSampleTest#pairs")
        void of_one_merge_equals_the_sum_over_the_pooled_values(Kind kind, int n) {
            double[] reference = reference(kind, n);
            double[] current = current(kind, n);
            double expected = pooledDistance(reference, current);

            assertThat(bits(Wasserstein.distance(reference, current))).isEqualTo(bits(expected));
            assertThat(bits(Wasserstein.distance(SortedSample.of(reference, "reference"),
                    SortedSample.of(current, "current")))).isEqualTo(bits(expected));
            assertThat(bits(Wasserstein.distance(current, reference))).isEqualTo(bits(pooledDistance(current, reference)));
        }

        @Test
        void overflowing_gaps_give_the_infinity_or_NaN_they_gave() {
            double[] reference = {-Double.MAX_VALUE, 0.0, Double.MAX_VALUE};
            double[] current = {-Double.MAX_VALUE, -0.0, Double.MAX_VALUE, Double.MAX_VALUE};

            assertThat(bits(Wasserstein.distance(reference, current))).isEqualTo(bits(pooledDistance(reference, current)));
            assertThat(bits(Wasserstein.distance(reference, reference))).isEqualTo(bits(pooledDistance(reference, reference)));
        }

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.SortedSampleTest#pairs")
        void normalised_by_the_sorted_reference_equals_the_arrays_sorted_first(Kind kind, int n) {
            double[] reference = reference(kind, n);
            double[] current = current(kind, n);
            double[] sortedReference = reference.clone();
            double[] sortedCurrent = current.clone();
            Arrays.sort(sortedReference);
            Arrays.sort(sortedCurrent);

            WassersteinResult expected = Wasserstein.normalized(sortedReference, sortedCurrent);
            WassersteinResult actual = Wasserstein.normalized(SortedSample.of(reference, "reference"),
                    SortedSample.of(current, "current"));

            assertThat(actual).isEqualTo(expected);
        }
    }

    @Nested
    class Other_methods {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.SortedSampleTest#pairs")
        void give_the_results_of_the_unsorted_arrays(Kind kind, int n) {
            double[] reference = reference(kind, n);
            double[] current = current(kind, n);
            SortedSample ref = SortedSample.of(reference, "reference");
            SortedSample cur = SortedSample.of(current, "current");

            assertThat(KolmogorovSmirnov.test(ref, cur)).isEqualTo(KolmogorovSmirnov.test(reference, current));
            assertThat(Histogram.of(ref, cur)).isEqualTo(Histogram.of(reference, current));
            assertThat(Histogram.of(ref, cur, 7)).isEqualTo(Histogram.of(reference, current, 7));
            assertThat(PopulationStabilityIndex.compute(ref, cur)).isEqualTo(PopulationStabilityIndex.compute(reference, current));
            assertThat(PopulationStabilityIndex.compute(ref, cur, 4))
                    .isEqualTo(PopulationStabilityIndex.compute(reference, current, 4));
        }
    }

    @Nested
    class Of {

        @Test
        void keeps_a_sorted_copy() {
            double[] values = {3.0, -0.0, 1.0, 0.0};
            SortedSample sample = SortedSample.of(values, "reference");
            values[0] = 99;

            assertThat(sample.values()).containsExactly(-0.0, 0.0, 1.0, 3.0);
            assertThat(sample.size()).isEqualTo(4);
            assertThat(sample.min()).isEqualTo(-0.0);
            assertThat(sample.max()).isEqualTo(3.0);
        }

        @Test
        void rejects_what_the_methods_reject_with_the_same_message() {
            for (double[] values : new double[][] {null, {}, {1.0, Double.NaN}, {Double.POSITIVE_INFINITY, 2.0}}) {
                Throwable expected = catchThrowable(() -> Wasserstein.distance(values, new double[] {1.0}));
                assertThatThrownBy(() -> SortedSample.of(values, "reference"))
                        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(expected.getMessage());
            }
            assertThatThrownBy(() -> Wasserstein.distance(null, SortedSample.of(new double[] {1.0}, "current")))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("reference sample must not be null");
        }
    }
}
