package dev.mlgate.report.internal;

import static dev.mlgate.report.internal.SvgDocument.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.CurveChart.Series;
import dev.mlgate.report.internal.Model.Check;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each chart plots the quantity its threshold bounds, on the axis that quantity needs. */
class ChartsTest {

    @Nested
    class Drift_judged_by_a_p_value {

        @Test
        void plots_p_against_alpha_on_a_log_axis_from_a_ten_thousandth_to_one() {
            // a passing Kolmogorov-Smirnov row: D = 0.149 is far above alpha, p = 0.249 is not
            SvgDocument chart = SvgDocument.parse(GateChart.of(drift("Kolmogorov-Smirnov D", "0.1490426082456443",
                    "0.249392588405691", Status.PASSED)));

            assertThat(chart.data("quantity")).isEqualTo("p-value");
            assertThat(chart.data("value")).isEqualTo("0.249392588405691");
            assertThat(chart.data("bound")).isEqualTo("0.05");
            assertThat(chart.data("scale")).isEqualTo("log");
            assertThat(Double.parseDouble(chart.data("axis-min"))).isEqualTo(1e-4);
            assertThat(Double.parseDouble(chart.data("axis-max"))).isEqualTo(1.0);
            assertThat(chart.texts("tick")).containsExactly("0.0001", "0.001", "0.01", "0.1", "1");
            double dot = number(chart.one("circle", "observed"), "cx");
            double alpha = number(chart.one("line", "threshold"), "x1");
            assertThat(dot).as("p = 0.249 lies on the passing side of alpha = 0.05").isGreaterThan(alpha);
            assertThat(dot).isCloseTo(12 + (Math.log10(0.249392588405691) + 4) / 4 * 276, within(0.1));
        }

        @Test
        void puts_a_tiny_p_at_the_left_end_and_chi_squared_is_judged_the_same_way() {
            SvgDocument chart = SvgDocument.parse(GateChart.of(drift("chi-squared", "41.5", "2.1e-9",
                    Status.FAILED)));

            assertThat(chart.data("quantity")).isEqualTo("p-value");
            assertThat(number(chart.one("circle", "observed"), "cx")).isEqualTo(12.0);
            assertThat(number(chart.one("circle", "observed"), "cx"))
                    .isLessThan(number(chart.one("line", "threshold"), "x1"));
        }
    }

    @Nested
    class Gates {

        @Test
        void a_bounded_metric_is_drawn_on_zero_to_one() {
            SvgDocument chart = SvgDocument.parse(GateChart.of(gate("roc_auc", "0.997880008479966", ">= 0.97")));

            assertThat(chart.data("quantity")).isEqualTo("roc_auc");
            assertThat(chart.data("axis-min")).isEqualTo("0");
            assertThat(chart.data("axis-max")).isEqualTo("1");
            assertThat(chart.texts("tick")).containsExactly("0", "1");
            assertThat(chart.texts("requirement")).containsExactly("required \u2265 0.97");
            assertThat(number(chart.one("circle", "observed"), "cx")).isCloseTo(12 + 0.997880008479966 * 276,
                    within(0.1));
        }

        @Test
        void an_unbounded_statistic_is_drawn_against_its_own_threshold_on_a_padded_axis() {
            SvgDocument chart = SvgDocument.parse(GateChart.of(gate("log_loss", "0.4664796592323793", "<= 0.6")));

            double min = Double.parseDouble(chart.data("axis-min"));
            double max = Double.parseDouble(chart.data("axis-max"));
            assertThat(min).isLessThan(0.4664796592323793);
            assertThat(max).isGreaterThan(0.6).isLessThan(1);
            assertThat(chart.texts("tick")).allSatisfy(tick -> assertThat(tick).doesNotContainIgnoringCase("e"));
        }

        @Test
        void a_margin_comparison_plots_the_difference_against_minus_the_margin() {
            Check check = new Check(Checks.SUITE + "/[comparison:rocAuc]", null, "comparison", "com.example.Churn",
                    "rocAuc", "rocAuc no worse than baseline by more than 0.005", null, null, Status.FAILED, true,
                    "roc_auc", "-0.0969", "no worse than baseline by more than 0.005", "-0.1681", "-0.0372", "0.003",
                    null, List.of(), null, new TreeMap<>(Map.of("margin", "0.005", "direction", "higher")), null);

            SvgDocument chart = SvgDocument.parse(GateChart.of(check));

            assertThat(chart.data("quantity")).isEqualTo("difference vs baseline");
            assertThat(chart.data("bound")).isEqualTo("-0.005");
            assertThat(Double.parseDouble(chart.data("axis-min"))).isLessThan(-0.1681);
            assertThat(Double.parseDouble(chart.data("axis-max"))).isGreaterThan(-0.005);
            assertThat(chart.all("line", null)).hasSizeGreaterThan(3);
        }
    }

    @Test
    void roc_axes_end_at_one_and_their_titles_sit_outside_the_tick_labels() {
        Series model = new Series("model", new double[] {0, 0.5, 1}, new double[] {0, 0.9, 1}, null, Svg.BLUE,
                "model (ROC AUC 0.94)");

        SvgDocument chart = SvgDocument.parse(CurveChart.draw("roc", "ROC", "false positive rate",
                "true positive rate", true, List.of(model)));

        assertThat(List.of(chart.data("x-min"), chart.data("x-max"), chart.data("y-min"), chart.data("y-max")))
                .containsExactly("0", "1", "0", "1");
        assertThat(chart.texts("tick-x")).containsExactly("0", "0.25", "0.5", "0.75", "1");
        assertThat(chart.texts("tick-y")).containsExactly("0", "0.25", "0.5", "0.75", "1");
        double yTitle = chart.all("text", "axis-title").stream().filter(t -> t.hasAttribute("transform"))
                .mapToDouble(t -> number(t, "x")).findFirst().orElseThrow();
        double tickEnd = chart.all("text", "tick-y").stream().mapToDouble(t -> number(t, "x")).min().orElseThrow();
        // a tick label of four characters at 11 px is under 30 px wide; the rotated title is 11 px tall
        assertThat(tickEnd - 30).isGreaterThan(yTitle + 6);
    }

    @Test
    void calibration_shows_each_bins_rows_and_a_wilson_band() {
        Series model = new Series("model", new double[] {0.1, 0.5, 0.9}, new double[] {0, 0.5, 1},
                new double[] {4, 10, 3}, Svg.BLUE, "model");

        SvgDocument chart = SvgDocument.parse(CurveChart.draw("calibration", "Calibration", "mean predicted probability",
                "observed positive rate", true, List.of(model)));

        assertThat(chart.all("circle", "bin")).extracting(bin -> bin.getAttribute("data-count"))
                .containsExactly("4", "10", "3");
        assertThat(chart.all("circle", "bin").get(1).getTextContent()).contains("of 10 rows")
                .contains("Wilson 95% [0.2366, 0.7634]");
        assertThat(chart.one("polygon", "band").getAttribute("points").split(" ")).hasSize(6);
        assertThat(CurveChart.wilson(0.5, 10)).containsExactly(new double[] {0.2366, 0.7634}, within(5e-5));
        assertThat(CurveChart.wilson(0, 4)).containsExactly(new double[] {0, 0.4899}, within(5e-5));
        assertThat(CurveChart.wilson(1.0 / 3, 3)).containsExactly(new double[] {0.0615, 0.7923}, within(5e-5));
    }

    @Test
    void a_histogram_labels_both_axes_without_e_notation() {
        ObjectNode histogram = Json.MAPPER.createObjectNode();
        histogram.putArray("edges").add(0.0).add(12_500.0).add(25_000.5).add(37_500.25);
        histogram.putArray("reference").add(10).add(30).add(60);
        histogram.putArray("current").add(20).add(20).add(60);

        SvgDocument chart = SvgDocument.parse(HistogramChart.draw(histogram, "income", "income"));

        assertThat(chart.texts("axis-title")).containsExactly("income", "share of rows");
        assertThat(chart.texts("tick-x")).containsExactly("0", "12,500", "25,000", "37,500");
        assertThat(chart.texts("tick-y")).containsExactly("0%", "30.0%", "60.0%");
        assertThat(chart.data("y-max")).isEqualTo("0.6");
        assertThat(chart.data("x-min")).isEqualTo("0");
        assertThat(chart.data("x-max")).isEqualTo("37500.25");
        assertThat(chart.all("rect", "bar-current")).extracting(bar -> number(bar, "height"))
                .containsExactly(43.3, 43.3, 130.0);
    }

    @Test
    void a_sparkline_writes_its_scale() {
        SvgDocument chart = SvgDocument.parse(Sparkline.draw(new double[] {0.91, 0.93, 0.9212345}, "trend"));

        assertThat(chart.texts("tick")).containsExactly("0.93", "0.91");
        assertThat(chart.data("y-min")).isEqualTo("0.91");
        assertThat(chart.data("y-max")).isEqualTo("0.93");
        assertThat(chart.data("runs")).isEqualTo("3");
        assertThat(SvgDocument.parse(Sparkline.draw(new double[] {0.5, 0.5}, "flat")).texts("tick"))
                .containsExactly("0.5");
    }

    private static Check drift(String metric, String statistic, String p, Status status) {
        return new Check(Checks.SUITE + "/[drift:income]", null, "drift", "com.example.Churn", "income",
                "income: no drift from the reference", null, null, status, true, metric, statistic,
                "no drift (p >= 0.05)", null, null, p, null, List.of(), null, new TreeMap<>(), null);
    }

    private static Check gate(String metric, String observed, String expected) {
        return new Check(Checks.SUITE + "/[gate:g]", null, "gate", "com.example.Churn", "g", "g", null, null,
                Status.PASSED, true, metric, observed, expected, null, null, null, null, List.of(), null,
                new TreeMap<>(), null);
    }
}
