package dev.mlgate.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Selection finds the key a full sort puts at each position, whatever the input. */
class SelectionTest {

    static Stream<Arguments> samples() {
        return Arrays.stream(Kind.values()).filter(kind -> kind != Kind.WITH_NAN)
                .flatMap(kind -> Arrays.stream(AwkwardDoubles.SIZES).filter(n -> n > 0)
                        .mapToObj(n -> Arguments.of(kind, n)));
    }

    private static long[] keys(double[] values) {
        return Arrays.stream(values).mapToLong(DoubleOrder::key).toArray();
    }

    @Nested
    class Select {

        @ParameterizedTest(name = "{0}, {1} values")
        @MethodSource("dev.mlgate.stats.internal.SelectionTest#samples")
        void finds_the_key_the_sort_puts_at_each_position_and_partitions_around_it(Kind kind, int n) {
            long[] keys = keys(AwkwardDoubles.of(kind, n, 17 + n));
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            Random random = new Random(n);
            int[] positions = {0, n - 1, n / 2, (n - 1) / 4, random.nextInt(n), random.nextInt(n)};
            long[] shared = keys.clone();
            for (int k : positions) {
                long[] own = keys.clone();

                assertThat(Selection.select(own, k)).isEqualTo(sorted[k]);
                assertThat(Selection.select(shared, k)).as("after earlier selections").isEqualTo(sorted[k]);
                int misplaced = 0;
                for (int i = 0; i < n; i++) {
                    misplaced += (i < k && own[i] > own[k]) || (i > k && own[i] < own[k]) ? 1 : 0;
                }
                assertThat(misplaced).as("keys on the wrong side of position %d", k).isZero();
                if (k + 1 < n) {
                    assertThat(Selection.min(own, k + 1, n)).isEqualTo(sorted[k + 1]);
                }
                long[] after = own.clone();
                Arrays.sort(after);
                assertThat(after).as("the same keys").isEqualTo(sorted);
            }
        }

        @Test
        void falls_back_to_sorting_when_partitions_make_no_progress() {
            long[] keys = keys(AwkwardDoubles.of(Kind.DECIMALS, 10_000, 3));
            long[] sorted = keys.clone();
            Arrays.sort(sorted);

            assertThat(Selection.select(keys, 1234, 0)).isEqualTo(sorted[1234]);
            assertThat(keys).as("sorted by the fallback").isEqualTo(sorted);
        }

        @Test
        void rejects_a_position_outside_the_array_as_an_array_access_would() {
            assertThatThrownBy(() -> Selection.select(new long[3], 3))
                    .isInstanceOf(ArrayIndexOutOfBoundsException.class)
                    .hasMessage("Index 3 out of bounds for length 3");
            assertThatThrownBy(() -> Selection.select(new long[0], 0))
                    .isInstanceOf(ArrayIndexOutOfBoundsException.class)
                    .hasMessage("Index 0 out of bounds for length 0");
        }
    }
}
