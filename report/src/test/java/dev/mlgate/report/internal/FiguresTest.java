package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Nested
    class Counts {

        @Test
        void read_as_integers_with_thousands_separators() {
            assertThat(Figures.count(12_345L)).isEqualTo("12,345");
            assertThat(Figures.count(0L)).isEqualTo("0");
            assertThat(Figures.count(-1_234_567L)).isEqualTo("-1,234,567");
        }

        @Test
        void stored_as_doubles_lose_their_point_zero() {
            assertThat(Figures.count(341.0)).isEqualTo("341");
            assertThat(Figures.count(1_000_000.0)).isEqualTo("1,000,000");
            assertThat(Figures.count(2.5)).isEqualTo("2.5");
            assertThat(Figures.count(Double.NaN)).isEqualTo("NaN");
        }

        @Test
        void ignore_the_machine_locale() {
            Locale previous = Locale.getDefault();
            Locale.setDefault(Locale.GERMANY);
            try {
                assertThat(Figures.count(12_345L)).isEqualTo("12,345");
                assertThat(Figures.share(0.1234)).isEqualTo("12.3%");
            } finally {
                Locale.setDefault(previous);
            }
        }
    }

    @Nested
    class Values {

        @Test
        void keep_four_significant_digits_and_trim_trailing_zeros() {
            assertThat(Figures.value(0.997880008479966)).isEqualTo("0.9979");
            assertThat(Figures.value(0.5)).isEqualTo("0.5");
            assertThat(Figures.value(1.0)).isEqualTo("1");
            assertThat(Figures.value(123.456)).isEqualTo("123.5");
            assertThat(Figures.value(-0.012345)).isEqualTo("-0.01234");
            assertThat(Figures.value(0.0)).isEqualTo("0");
            assertThat(Figures.value(-0.0)).isEqualTo("0");
        }

        @Test
        void group_thousands_from_ten_thousand() {
            assertThat(Figures.value(9_876.54)).isEqualTo("9877");
            assertThat(Figures.value(12_345.678)).isEqualTo("12,350");
            assertThat(Figures.value(9_999.7)).isEqualTo("10,000");
            assertThat(Figures.value(-1_234_567.0)).isEqualTo("-1,235,000");
            assertThat(Figures.value(123_456_789_012.0, 15)).isEqualTo("123,456,789,012");
        }

        @Test
        void use_scientific_notation_only_for_extreme_magnitudes() {
            assertThat(Figures.value(0.0001)).isEqualTo("0.0001");
            assertThat(Figures.value(2.173131827756394E-5)).isEqualTo("2.173e-5");
            assertThat(Figures.value(-3.0E-9)).isEqualTo("-3e-9");
            assertThat(Figures.value(1.0E15)).isEqualTo("1e15");
            assertThat(Figures.value(999_999_999_999_999.0, 15)).isEqualTo("999,999,999,999,999");
        }

        @Test
        void honour_the_digits_a_quantity_asks_for() {
            assertThat(Figures.value(0.997880008479966, 2)).isEqualTo("1");
            assertThat(Figures.value(0.123456, 6)).isEqualTo("0.123456");
        }

        @Test
        void spell_non_finite_values() {
            assertThat(Figures.value(Double.NaN)).isEqualTo("NaN");
            assertThat(Figures.value(Double.POSITIVE_INFINITY)).isEqualTo("∞");
            assertThat(Figures.value(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
        }
    }

    @Nested
    class Shares {

        @Test
        void read_as_percentages_with_one_decimal() {
            assertThat(Figures.share(0.1234)).isEqualTo("12.3%");
            assertThat(Figures.share(0.5)).isEqualTo("50.0%");
            assertThat(Figures.share(0.0)).isEqualTo("0%");
            assertThat(Figures.share(1.0)).isEqualTo("100%");
            assertThat(Figures.share(12.5)).isEqualTo("1,250.0%");
        }

        @Test
        void never_round_a_non_zero_share_to_nothing_or_everything() {
            assertThat(Figures.share(0.0000123)).isEqualTo("< 0.1%");
            assertThat(Figures.share(-0.0000123)).isEqualTo("> -0.1%");
            assertThat(Figures.share(0.99999)).isEqualTo("> 99.9%");
        }

        @Test
        void spell_non_finite_shares() {
            assertThat(Figures.share(Double.NaN)).isEqualTo("NaN");
            assertThat(Figures.share(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
        }
    }

    @Nested
    class PValues {

        @Test
        void read_less_than_a_ten_thousandth_when_tiny() {
            assertThat(Figures.pValue(2.173131827756394E-4)).isEqualTo("0.00022");
            assertThat(Figures.pValue(2.173131827756394E-5)).isEqualTo("< 0.0001");
            assertThat(Figures.pValue(0.0)).isEqualTo("< 0.0001");
        }

        @Test
        void keep_two_significant_digits_otherwise() {
            assertThat(Figures.pValue(0.04321)).isEqualTo("0.043");
            assertThat(Figures.pValue(0.5)).isEqualTo("0.5");
            assertThat(Figures.pValue(1.0)).isEqualTo("1");
            assertThat(Figures.pValue(Double.NaN)).isEqualTo("NaN");
        }
    }

    @Test
    void intervals_read_as_brackets() {
        assertThat(Figures.interval(0.81234, 0.86789)).isEqualTo("[0.8123, 0.8679]");
        assertThat(Figures.interval(Double.NEGATIVE_INFINITY, 0.5)).isEqualTo("[−∞, 0.5]");
    }

    @Test
    void exact_values_keep_every_digit_for_hover_text() {
        assertThat(Figures.exact(0.997880008479966)).isEqualTo("0.997880008479966");
        assertThat(Figures.exact(341.0)).isEqualTo("341");
        assertThat(Figures.exact(2.173131827756394E-4)).isEqualTo("2.173131827756394E-4");
        assertThat(Figures.exact(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }
}
