package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.backend.Quantiles;
import dev.mlgate.backend.SortedNumbers;
import dev.mlgate.data.ValueKind;
import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import dev.mlgate.stats.internal.AwkwardDoubles;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantiles by selection equal, bit for bit, those read from every value sorted ({@link SortedNumbers},
 * how the contract computed them before), NaN left out as before.
 */
class SelectedQuantilesTest {

    static Stream<Arguments> samples() {
        return Arrays.stream(Kind.values()).flatMap(kind -> Arrays.stream(AwkwardDoubles.SIZES)
                .mapToObj(n -> Arguments.of(kind, n)));
    }

    /** Feeds {@code values} to the accumulator as a decimal column's values, a null after every tenth. */
    private static Quantiles selected(double[] values) {
        SortedValuesAccumulator accumulator = new SortedValuesAccumulator();
        ColumnValue value = new ColumnValue(ValueKind.DECIMAL);
        for (int i = 0; i < values.length; i++) {
            value.set(values[i], i + 1L);
            accumulator.accept(value);
            if (i % 10 == 0) {
                value.set(null, i + 1L);
                accumulator.accept(value);
            }
        }
        return (Quantiles) accumulator.result();
    }

    /** The quantiles as the contract read them before: the non-NaN values, sorted. */
    private static SortedNumbers sorted(double[] values) {
        double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(kept);
        return new SortedNumbers(kept);
    }

    @Nested
    class Quantile {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.contract.internal.SelectedQuantilesTest#samples")
        void equals_the_quantile_of_the_sorted_values_bit_for_bit(Kind kind, int n) {
            double[] values = AwkwardDoubles.of(kind, n, 23 + n);
            SortedNumbers expected = sorted(values);
            Quantiles actual = selected(values);
            Random random = new Random(n);
            double[] levels = {0.5, 0, 1, 0.25, 0.75, 0.1, 0.9, 0.99, 0.001, 1e-12, 1 - 1e-12, 1.0 / 3,
                random.nextDouble(), random.nextDouble(), Double.NaN};

            assertThat(actual.size()).isEqualTo(expected.size());
            for (double q : levels) {
                // computed NaN has no defined bits in Java: any NaN equals any NaN here
                assertThat(Double.doubleToLongBits(actual.quantile(q))).as("q = %s", q)
                        .isEqualTo(Double.doubleToLongBits(expected.quantile(q)));
            }
        }

        @Test
        void of_no_value_is_NaN() {
            assertThat(selected(new double[] {Double.NaN}).quantile(0.5)).isNaN();
            assertThat(selected(new double[0]).size()).isZero();
        }

        @Test
        void takes_negative_zero_as_the_sort_orders_it() {
            // sorted: -1, -0.0, -0.0, 0.0, 1; q = 0.375 lies between the two negative zeros
            Quantiles quantiles = selected(new double[] {0.0, -0.0, 1.0, -0.0, -1.0});

            assertThat(Double.doubleToRawLongBits(quantiles.quantile(0.375))).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(Double.doubleToRawLongBits(quantiles.quantile(0.625))).isZero();
        }

        @Test
        void outside_zero_to_one_fails_as_the_sorted_values_did() {
            double[] values = {3, 1, 2};
            for (double q : new double[] {1.5, -0.5, -3}) {
                Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> sorted(values).quantile(q));
                assertThatThrownBy(() -> selected(values).quantile(q)).as("q = %s", q)
                        .isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            }
        }
    }
}
