package dev.mlgate.history.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deequ's own test expectations (awslabs/deequ, src/test/scala/com/amazon/deequ/anomalydetection/), reproduced
 * on the same series: each test names the Deequ test it follows. Deequ's series drawn from
 * {@code new scala.util.Random(1).nextGaussian()} are drawn here from {@code new java.util.Random(1)}, which
 * Scala's Random wraps, so the values are the same.
 */
class DeequExpectationsTest {

    /** Indexes {@code i >= from} of {@code series} the detector flags, each judged against all values before it. */
    private static List<Integer> flagged(Detector detector, double[] series, int from) {
        List<Integer> found = new ArrayList<>();
        for (int i = Math.max(from, detector.needed()); i < series.length; i++) {
            if (detector.detect(Arrays.copyOf(series, i), series[i]).anomalous()) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** 1.0 outside 20..30; inside, i for even i and {@code odd} for odd i (Deequ's change strategy tests). */
    private static double[] alternating(double odd, boolean negate) {
        return IntStream.rangeClosed(0, 50).mapToDouble(i -> i < 20 || i > 30 ? 1.0
                : i % 2 == 0 ? i : negate ? -i : odd).toArray();
    }

    /** 0..n-1 standard normal draws of Random(1), with i added to even and subtracted from odd i in 20..30. */
    private static double[] gaussianWithSpikes(int n) {
        Random random = new Random(1);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        for (int i = 20; i <= 30; i++) {
            values[i] += i + (i % 2 * -2 * i);
        }
        return values;
    }

    @Nested
    class Absolute_change {

        @Test
        void flags_20_to_31_as_AbsoluteChangeStrategyTest_detect_all_anomalies_if_no_interval_specified() {
            assertThat(flagged(new AbsoluteChange(-2, 2, 1), alternating(0, true), 0)).isEqualTo(range(20, 31));
        }

        @Test
        void takes_the_second_order_difference_as_AbsoluteChangeStrategyTest_derive_second_order_correctly() {
            double[] data = {1.0, 2.0, 4.0, 1.0, 2.0, 8.0};
            AbsoluteChange second = new AbsoluteChange(-2, 2, 2);
            double[] differences = IntStream.range(2, data.length)
                    .mapToDouble(i -> second.difference(Arrays.copyOf(data, i), data[i])).toArray();
            assertThat(differences).containsExactly(1.0, -5.0, 4.0, 5.0);
        }
    }

    @Nested
    class Relative_rate_of_change {

        @Test
        void flags_20_to_31_as_RelativeRateOfChangeStrategyTest_detect_all_anomalies_if_no_interval_specified() {
            assertThat(flagged(new RelativeRateOfChange(0.5, 2.0, 1), alternating(1, false), 0))
                    .isEqualTo(range(20, 31));
        }
    }

    @Nested
    class Simple_threshold {

        @Test
        void flags_2_and_3_as_SimpleThresholdStrategyTest_detect_values_above_threshold() {
            assertThat(flagged(new SimpleThreshold(Double.NEGATIVE_INFINITY, 1.0), new double[] {-1, 2, 3, 0.5}, 0))
                    .containsExactly(1, 2);
        }
    }

    @Nested
    class Online_normal {

        @Test
        void flags_20_to_30_as_OnlineNormalStrategyTest_detect_all_anomalies_if_no_interval_specified() {
            OnlineNormal.Step[] steps = new OnlineNormal(3.5, 3.5, true).run(gaussianWithSpikes(51), 0.2);
            assertThat(IntStream.range(0, steps.length).filter(i -> steps[i].anomalous()).boxed().toList())
                    .isEqualTo(range(20, 30));
        }

        @Test
        void leaves_mean_1_and_deviation_0_as_OnlineNormalStrategyTest_ignores_anomalies_in_calculation_if_wanted() {
            OnlineNormal.Step[] steps = new OnlineNormal(1.5, 1.5, true).run(new double[] {1, 1, 1, 2, 1, 1, 1}, 0.2);
            assertThat(steps[3].anomalous()).isTrue();
            assertThat(steps[6].mean()).isEqualTo(1.0);
            assertThat(steps[6].sd()).isEqualTo(0.0);
        }
    }

    @Nested
    class Batch_normal {

        @Test
        void flags_25_to_30_as_BatchNormalStrategyTest_only_detect_anomalies_in_interval() {
            double[] data = gaussianWithSpikes(50);
            double[] before = Arrays.copyOf(data, 25); // Deequ leaves the searched interval out of mean and sd
            BatchNormal strategy = new BatchNormal(1.0, 1.0);
            List<Integer> found = IntStream.range(25, 50).filter(i -> strategy.detect(before, data[i]).anomalous())
                    .boxed().toList();
            assertThat(found).isEqualTo(range(25, 30));
        }
    }

    @Nested
    class Holt_winters {

        @Test
        void flags_the_zero_after_twenty_ones_as_HoltWintersTest_detect_a_single_anomaly_in_constant_series() {
            double[] series = new double[21];
            Arrays.fill(series, 0, 20, 1.0);
            assertThat(new HoltWinters(7).anomalies(series, 14, Integer.MAX_VALUE)).containsExactly(20);
        }

        @Test
        void flags_the_first_test_day_as_HoltWintersTest_detect_anomalies_if_the_training_data_is_wrong() {
            double[] series = new double[21];
            Arrays.fill(series, 1.0);
            series[0] = 0;
            series[7] = 0;
            assertThat(new HoltWinters(7).anomalies(series, 14, 21)).containsExactly(14);
        }

        @Test
        void finds_nothing_on_a_line_as_HoltWintersTest_detect_no_anomalies_on_exact_linear_trend_series() {
            double[] series = IntStream.range(0, 48).asDoubleStream().toArray();
            assertThat(new HoltWinters(7).anomalies(series, 36, Integer.MAX_VALUE)).isEmpty();
        }

        @Test
        void finds_7_anomalies_in_milk_production_as_HoltWintersTest_work_on_monthly_data_with_yearly_seasonality() {
            double[] milk = {589, 561, 640, 656, 727, 697, 640, 599, 568, 577, 553, 582,
                600, 566, 653, 673, 742, 716, 660, 617, 583, 587, 565, 598,
                628, 618, 688, 705, 770, 736, 678, 639, 604, 611, 594, 634,
                658, 622, 709, 722, 782, 756, 702, 653, 615, 621, 602, 635};
            assertThat(new HoltWinters(12).anomalies(milk, 36, 48)).hasSize(7);
        }

        @Test
        void finds_3_anomalies_in_car_sales_as_HoltWintersTest_work_on_an_additional_series_with_yearly_seasonality() {
            double[] sales = {6550, 8728, 12026, 14395, 14587, 13791, 9498, 8251, 7049, 9545, 9364, 8456,
                7237, 9374, 11837, 13784, 15926, 13821, 11143, 7975, 7610, 10015, 12759, 8816,
                10677, 10947, 15200, 17010, 20900, 16205, 12143, 8997, 5568, 11474, 12256, 10583,
                10862, 10965, 14405, 20379, 20128, 17816, 12268, 8642, 7962, 13932, 15936, 12628};
            assertThat(new HoltWinters(12).anomalies(sales, 36, 48)).hasSize(3);
        }
    }
}
