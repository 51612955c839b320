package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deterministic downsampling of chart curves. */
class ChartEntriesTest {

    @Test
    void keeps_every_point_of_a_short_curve() {
        assertThat(ChartEntries.downsample(50, 200)).containsExactly(IntStream.range(0, 50).toArray());
    }

    @Test
    void keeps_200_increasing_points_with_the_first_and_the_last_of_a_long_curve() {
        int[] keep = ChartEntries.downsample(297, 200);

        assertThat(keep).hasSize(200).startsWith(0).endsWith(296).isSorted().doesNotHaveDuplicates();
        assertThat(keep[100]).isEqualTo(Math.round(100 * 296 / 199.0));
        assertThat(ChartEntries.downsample(1000, 200)).startsWith(0, 5, 10).endsWith(994, 999);
    }
}
