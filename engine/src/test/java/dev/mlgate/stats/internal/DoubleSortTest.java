package dev.mlgate.stats.internal;

import static dev.mlgate.stats.internal.AwkwardDoubles.bits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The radix sort gives {@link Arrays#sort(double[])}'s order bit for bit; the keys order doubles as it does. */
class DoubleSortTest {

    static Stream<Arguments> samples() {
        return Arrays.stream(Kind.values()).flatMap(kind -> Arrays.stream(AwkwardDoubles.SIZES)
                .mapToObj(n -> Arguments.of(kind, n)));
    }

    @Nested
    class Sort {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.internal.DoubleSortTest#samples")
        void gives_the_order_of_Arrays_sort_bit_for_bit(Kind kind, int n) {
            double[] values = AwkwardDoubles.of(kind, n, 7 + n);
            double[] expected = values.clone();
            Arrays.sort(expected);

            DoubleSort.sort(values);

            assertThat(bits(values)).isEqualTo(bits(expected));
        }

        @Test
        void sorts_values_whose_keys_differ_in_one_digit_or_two() {
            java.util.Random random = new java.util.Random(19);
            for (int bits : new int[] {11, 22}) {
                double[] values = new double[DoubleSort.RADIX_THRESHOLD * 3];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) + random.nextInt(1 << bits));
                }
                double[] expected = values.clone();
                Arrays.sort(expected);

                DoubleSort.sort(values);

                assertThat(bits(values)).as("%d bits", bits).isEqualTo(bits(expected));
            }
        }

        @Test
        void puts_negative_zero_before_zero_and_keeps_both() {
            double[] values = new double[DoubleSort.RADIX_THRESHOLD * 2];
            for (int i = 0; i < values.length; i++) {
                values[i] = i % 3 == 0 ? -0.0 : i % 3 == 1 ? 0.0 : -i;
            }
            double[] expected = values.clone();
            Arrays.sort(expected);

            DoubleSort.sort(values);

            assertThat(bits(values)).isEqualTo(bits(expected));
            int firstZero = DoubleSort.RADIX_THRESHOLD * 2 / 3;
            assertThat(Double.doubleToRawLongBits(values[firstZero])).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(Double.doubleToRawLongBits(values[values.length - 1])).isZero();
        }
    }

    @Nested
    class IsSorted {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.internal.DoubleSortTest#samples")
        void agrees_with_Arrays_sort_leaving_the_array_unchanged(Kind kind, int n) {
            double[] values = AwkwardDoubles.of(kind, n, 11 + n);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            boolean hasNaN = Arrays.stream(values).anyMatch(Double::isNaN);

            assertThat(DoubleSort.isSorted(values)).isEqualTo(!hasNaN && Arrays.equals(bits(values), bits(sorted)));
            assertThat(DoubleSort.isSorted(sorted)).isEqualTo(!hasNaN);
        }

        @Test
        void zero_before_negative_zero_is_out_of_order() {
            assertThat(DoubleSort.isSorted(new double[] {-1.0, 0.0, -0.0})).isFalse();
            assertThat(DoubleSort.isSorted(new double[] {-1.0, -0.0, 0.0, 0.0})).isTrue();
        }
    }

    @Nested
    class Keys {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.internal.DoubleSortTest#samples")
        void order_like_Double_compare_and_give_back_the_same_bits(Kind kind, int n) {
            double[] values = AwkwardDoubles.of(kind, Math.min(n, 2000), 13 + n);
            for (int i = 1; i < values.length; i++) {
                double a = values[i - 1];
                double b = values[i];
                assertThat(Double.doubleToRawLongBits(DoubleOrder.value(DoubleOrder.key(a))))
                        .isEqualTo(Double.doubleToRawLongBits(a));
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    assertThat(Long.signum(Long.compare(DoubleOrder.key(a), DoubleOrder.key(b))))
                            .as("%s vs %s", a, b).isEqualTo(Integer.signum(Double.compare(a, b)));
                }
            }
        }
    }
}
