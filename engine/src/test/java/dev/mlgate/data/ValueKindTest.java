package dev.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueKindTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "42, 42", "-17, -17", "+5, 5", "007, 7",
        "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808"})
    void integersAreReadExactly(String text, long expected) {
        assertThat(ValueKind.INTEGER.parse(text)).isEqualTo(expected);
        assertThat(ValueKind.INTEGER.accepts(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1e3", "", "-", " 5", "5 ", "12,5", "0x10", "١٢"})
    void integersRejectAnythingButDigits(String text) {
        assertThat(ValueKind.INTEGER.accepts(text)).isFalse();
        assertThatThrownBy(() -> ValueKind.INTEGER.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read '" + text + "' as an integer");
    }

    @Test
    void integerOverflowSaysSo() {
        assertThat(ValueKind.INTEGER.accepts("9223372036854775808")).isFalse();
        assertThatThrownBy(() -> ValueKind.INTEGER.parse("9223372036854775808"))
                .hasMessage("cannot read '9223372036854775808' as an integer: it is outside the 64-bit range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "1", "0.1", "3.14159", ".5", "5.", "-2.5e-3", "1E10", "+7",
        "123456789012345678", "0.1234567890123456789", "9007199254740993", "1e-300", "4.9e-324",
        "1.7976931348623157e308", "2.2250738585072014E-308", "100000000000000000000000", "0.000001"})
    void decimalsAgreeWithDoubleParseDoubleToTheBit(String text) {
        double expected = Double.parseDouble(text);

        assertThat(Double.doubleToRawLongBits((double) ValueKind.DECIMAL.parse(text)))
                .isEqualTo(Double.doubleToRawLongBits(expected));
        assertThat(ValueKind.DECIMAL.accepts(text)).isTrue();
    }

    @Test
    void decimalsAgreeWithDoubleParseDoubleOnManyRandomValues() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20240501);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextLong(2_000_000) - 1_000_000) / 1000.0;
                default -> Double.longBitsToDouble(random.nextLong() & 0x7fef_ffff_ffff_ffffL);
            };
            String text = i % 2 == 0 ? Double.toString(value) : String.format("%.6f", value);
            assertThat((double) ValueKind.DECIMAL.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "nan, NaN", "Infinity, Infinity", "inf, Infinity", "INF, Infinity",
        "-Infinity, -Infinity", "-inf, -Infinity", "+inf, Infinity"})
    void decimalsAcceptNanAndInfinityAsJavaAndNumpyWriteThem(String text, double expected) {
        assertThat(ValueKind.DECIMAL.parse(text)).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "", "-", ".", "e5", "1e", "1e+", "1.2.3", "0x1p3", "1f", "1d", " 1", "1 ",
        "infinit", "nanx", "1_000"})
    void decimalsRejectWhatIsNotADecimalNumber(String text) {
        assertThat(ValueKind.DECIMAL.accepts(text)).isFalse();
        assertThatThrownBy(() -> ValueKind.DECIMAL.parse(text))
                .hasMessage("cannot read '" + text + "' as a decimal number");
    }

    @Test
    void aDecimalTooLargeForADoubleIsAnErrorNotInfinity() {
        assertThat(ValueKind.DECIMAL.accepts("1e400")).isFalse();
        assertThatThrownBy(() -> ValueKind.DECIMAL.parse("1e400"))
                .hasMessage("cannot read '1e400' as a decimal number: it is outside the range of a double");
    }

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "True, true", "1, true", "yes, true", "YES, true",
        "false, false", "False, false", "0, false", "no, false", "No, false"})
    void booleansAcceptTrueFalseOneZeroYesNo(String text, boolean expected) {
        assertThat(ValueKind.BOOLEAN.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t", "y", "2", "yess", "", "on"})
    void booleansRejectOtherWords(String text) {
        assertThatThrownBy(() -> ValueKind.BOOLEAN.parse(text))
                .hasMessage("cannot read '" + text + "' as a boolean (true/false, 1/0, yes/no)");
    }

    @Test
    void datesDateTimesAndInstantsAreIso8601() {
        assertThat(ValueKind.DATE.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, Month.FEBRUARY, 29));
        assertThat(ValueKind.DATE_TIME.parse("2024-05-01T12:30:15.5"))
                .isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 30, 15, (int) TimeUnit.MILLISECONDS.toNanos(500)));
        assertThat(ValueKind.DATE_TIME.parse("2024-05-01 12:30")).isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 30));
        assertThat(ValueKind.DATE_TIME.parse("2024-05-01T12:30:15")).isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 30, 15));
        assertThat(ValueKind.INSTANT.parse("2024-05-01T12:00:00Z")).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
        assertThat(ValueKind.INSTANT.parse("2024-05-01T14:00:00+02:00"))
                .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DATE|2023-02-29|a date (yyyy-MM-dd)",
        "DATE|01/05/2024|a date (yyyy-MM-dd)",
        "DATE|2024-5-1|a date (yyyy-MM-dd)",
        "DATE_TIME|2024-05-01|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "DATE_TIME|2024-05-01T12:00:00Z|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "DATE_TIME|2024-13-01T12:00:00|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "DATE_TIME|2024-02-30 12:00|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "DATE_TIME|2024-05-01T24:00:00|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "DATE_TIME|2024-05-01T12:0a:00|a date-time (yyyy-MM-ddTHH:mm:ss)",
        "INSTANT|2024-05-01T12:00:00|an instant (yyyy-MM-ddTHH:mm:ss with Z or an offset)"})
    void temporalValuesRejectOtherLayouts(ValueKind kind, String text, String description) {
        assertThat(kind.accepts(text)).isFalse();
        assertThatThrownBy(() -> kind.parse(text)).hasMessage("cannot read '" + text + "' as " + description);
    }

    @Test
    void longValuesAreShortenedAndLineBreaksShownInMessages() {
        assertThatThrownBy(() -> ValueKind.INTEGER.parse("1\n2"))
                .hasMessage("cannot read '1\\n2' as an integer");
        assertThatThrownBy(() -> ValueKind.INTEGER.parse("x".repeat(1000)))
                .hasMessage("cannot read '" + "x".repeat(200) + "\u2026' (1,000 characters) as an integer");
    }

    enum Segment { SMALL, LARGE }

    @Test
    void javaTypesMapToKinds() {
        assertThat(ValueKind.of(long.class)).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of(Integer.class)).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of(short.class)).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of(Byte.class)).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of(double.class)).isEqualTo(ValueKind.DECIMAL);
        assertThat(ValueKind.of(Float.class)).isEqualTo(ValueKind.DECIMAL);
        assertThat(ValueKind.of(boolean.class)).isEqualTo(ValueKind.BOOLEAN);
        assertThat(ValueKind.of(String.class)).isEqualTo(ValueKind.STRING);
        assertThat(ValueKind.of(LocalDate.class)).isEqualTo(ValueKind.DATE);
        assertThat(ValueKind.of(LocalDateTime.class)).isEqualTo(ValueKind.DATE_TIME);
        assertThat(ValueKind.of(Instant.class)).isEqualTo(ValueKind.INSTANT);
        assertThat(ValueKind.of(Segment.class)).isEqualTo(ValueKind.STRING);
    }

    @Test
    void anUnsupportedJavaTypeIsRefusedByName() {
        assertThatThrownBy(() -> ValueKind.of(java.math.BigDecimal.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no column kind for Java type java.math.BigDecimal");
    }
}
