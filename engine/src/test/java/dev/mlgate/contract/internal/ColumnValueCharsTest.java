package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A value read from characters in place is the value read from its string, in every field a metric
 * reads: state, number bits, integer, boolean, time, text, key and time comparisons, for every kind and
 * width, on hand-picked and seeded random texts, nulls between them.
 */
class ColumnValueCharsTest {

    private static final List<String> PICKED = List.of("", " ", "0", "-0", "-0.0", "42", "+42", "-7", "2147483647",
            "2147483648", "-2147483649", "32768", "128", "9223372036854775807", "9223372036854775808",
            "12345678901234567890", "1.5", "3.4028235E38", "3.5e38", "1e400", "NaN", "-Infinity", "inf", "0x10",
            "1_0", "true", "FALSE", "yes", "No", "yeſ", "1", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31",
            "+12024-01-01", "2024-02-29T12:30", "2024-02-29 12:30:15", "2024-02-29T12:30:15.25",
            "2024-02-29T12:30:15.123456789Z", "2024-02-29T12:30:15+05:30", "2024-02-29T12:30:15-00:00",
            "2024-02-29t12:30:15z", "Zürich", "東京", "😀 emoji", "a,b");
    private static final String ALPHABET = "0123456789-+.:eETZ tfrusalyno\u00fc\u6771";

    @Test
    void every_kind_and_width_reads_the_same_from_characters_as_from_a_string() {
        Random random = new Random(5L);
        for (ValueKind kind : ValueKind.values()) {
            for (TypeWidth width : TypeWidth.values()) {
                ColumnSpec spec = new ColumnSpec("c", "c", kind, true, Set.of(), null, Optional.empty(), width);
                ColumnValue fromString = new ColumnValue(spec);
                ColumnValue fromChars = new ColumnValue(spec);
                char[] buffer = new char[64];
                long row = 0;
                for (String text : PICKED) {
                    compare(fromString, fromChars, text, buffer, ++row);
                    compare(fromString, fromChars, null, buffer, ++row);
                }
                for (int i = 0; i < 3000; i++) {
                    compare(fromString, fromChars, i % 7 == 0 ? null : text(random), buffer, ++row);
                }
            }
        }
    }

    private static String text(Random random) {
        String picked = PICKED.get(random.nextInt(PICKED.size()));
        StringBuilder text = new StringBuilder(picked);
        if (random.nextBoolean() && text.length() > 0) {
            text.setCharAt(random.nextInt(text.length()), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(4) == 0) {
            text.insert(random.nextInt(text.length() + 1), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static void compare(ColumnValue fromString, ColumnValue fromChars, String text, char[] buffer, long row) {
        fromString.read(text, row, row + 1);
        int start = (int) (row % 7);
        java.util.Arrays.fill(buffer, '9');
        if (text != null) {
            text.getChars(0, text.length(), buffer, start);
        }
        fromChars.read(buffer, start, text == null ? -1 : text.length(), row, row + 1);
        String what = fromString.kind() + " " + text;
        assertThat(fromChars.state).as(what).isEqualTo(fromString.state);
        assertThat(fromChars.row).isEqualTo(row);
        assertThat(fromChars.line).isEqualTo(row + 1);
        assertThat(fromChars.raw()).as(what).isEqualTo(text);
        assertThat(fromChars.text() == null ? null : fromChars.text().toString()).as(what).isEqualTo(text);
        assertThat(fromChars.chars() == null ? null : fromChars.chars().toString()).as(what).isEqualTo(text);
        assertThat(fromString.chars() == null ? null : fromString.chars().toString()).as(what).isEqualTo(text);
        if (fromString.state != ColumnValue.State.VALUE) {
            return;
        }
        assertThat(Double.doubleToRawLongBits(fromChars.number)).as(what)
                .isEqualTo(Double.doubleToRawLongBits(fromString.number));
        assertThat(fromChars.integer).as(what).isEqualTo(fromString.integer);
        assertThat(fromChars.bool).as(what).isEqualTo(fromString.bool);
        assertThat(fromChars.key()).as(what).isEqualTo(fromString.key());
        assertThat(fromChars.temporal()).as(what).isEqualTo(fromString.temporal());
        if (fromChars.isPrimitive()) {
            assertThat(fromChars.bits()).as(what).isEqualTo(fromString.bits());
        }
        Object temporal = fromString.temporal();
        if (temporal != null) {
            for (Object bound : bounds(temporal)) {
                assertThat(fromChars.before(bound)).as(what + " before " + bound).isEqualTo(Temporals.before(temporal, bound));
                assertThat(fromChars.after(bound)).as(what + " after " + bound).isEqualTo(Temporals.before(bound, temporal));
            }
        }
    }

    /** Bounds just before, at and after a time value, and none. */
    private static List<Object> bounds(Object temporal) {
        if (temporal instanceof LocalDate date) {
            return java.util.Arrays.asList(date.minusDays(1), date, date.plusDays(1), null);
        }
        if (temporal instanceof LocalDateTime dateTime) {
            return java.util.Arrays.asList(dateTime.minusNanos(1), dateTime, dateTime.plusNanos(1), null);
        }
        Instant instant = (Instant) temporal;
        return java.util.Arrays.asList(instant.minusNanos(1), instant, instant.plusNanos(1), null);
    }
}
