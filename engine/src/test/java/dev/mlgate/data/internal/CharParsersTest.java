package dev.mlgate.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The in-place parsers against {@link ValueParsers}: whatever text a fast path accepts, the slow path
 * accepts too, with the same value bit for bit; the common forms do take the fast path. Texts are
 * hand-picked edge cases and seeded random mutations of valid values.
 */
class CharParsersTest {

    private static final Random RANDOM = new Random(20261205L);
    private static final String NOISE = "0123456789+-.eEZTt: xX/aAnNiIfF\u00e9\u017f\u0660";

    private final CharParsers parsers = new CharParsers();

    @Test
    void integers_agree_with_the_slow_parser() {
        List<String> picked = List.of("0", "-0", "+0", "7", "-7", "+42", "123456789012345678", "-123456789012345678",
                "9223372036854775807", "-9223372036854775808", "9223372036854775808", "12345678901234567890",
                "", "-", "+", "1.0", "1e3", "0x1F", " 1", "1 ", "--1", "+-1", "1_000", "\u0661", "00000000000000000001");
        Function<Random, String> random = r -> (r.nextBoolean() ? "-" : "") + Long.toString(r.nextLong() >> r.nextInt(64));
        check(picked, random, text -> {
            boolean fast = parsers.integer(chars(text), 1, text.length());
            Long slow = orNull(() -> ValueParsers.parseInteger(text));
            if (fast) {
                assertThat(slow).as(text).isEqualTo(parsers.integer());
            }
            return fast;
        });
        assertThat(parsers.integer(chars("-123456789012345678"), 1, 19)).isTrue();
        assertThat(parsers.integer()).isEqualTo(-123456789012345678L);
    }

    @Test
    void decimals_agree_with_the_slow_parser_bit_for_bit() {
        List<String> picked = List.of("0", "-0", "-0.0", "+0.0", "1.5", ".5", "5.", "-.5", "1e10", "1E-10", "1e+22",
                "1e23", "1e-22", "1e-23", "9007199254740993", "9007199254740992", "0.1", "0.30000000000000004",
                "123456789012345678901234567890", "1e400", "-1e400", "1e-400", "NaN", "nan", "-NaN", "+nan", "Inf",
                "-inf", "Infinity", "-INFINITY", "infinite", "NaNa", "0x1p3", "1f", "1d", " 1", "1 ", "1e", "1e+",
                "e5", ".", "-", "", "1..2", "1.2.3", "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308",
                "00000000000000000000000.5", "1234567890.1234567890123", "0.000000000000000000000000001");
        // Random bits print with 17 digits, beyond the exact fast path: one text in six is such
        Function<Random, String> random = r -> switch (r.nextInt(6)) {
            case 0 -> Double.toString(Double.longBitsToDouble(r.nextLong()));
            case 1, 2 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            case 3, 4 -> String.format(java.util.Locale.ROOT, "%." + r.nextInt(12) + "f", r.nextGaussian() * 1000);
            default -> Long.toString(r.nextLong() >> r.nextInt(64)) + "." + Math.abs(r.nextInt());
        };
        check(picked, random, text -> {
            boolean fast = parsers.decimal(chars(text), 1, text.length());
            Double slow = orNull(() -> ValueParsers.parseDecimal(text));
            if (fast) {
                assertThat(slow).as(text).isNotNull();
                assertThat(Double.doubleToRawLongBits(parsers.decimal())).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(slow));
            }
            return fast;
        });
        for (String common : List.of("12.5", "-0.25", "NaN", "-Infinity", "300", "1e-5")) {
            assertThat(parsers.decimal(chars(common), 1, common.length())).as(common).isTrue();
        }
    }

    @Test
    void booleans_agree_with_the_slow_parser() {
        List<String> picked = List.of("true", "TRUE", "True", "tRuE", "false", "FALSE", "yes", "YES", "no", "No", "1",
                "0", "2", "t", "f", "y", "n", "", "yeſ", "ye\u017f", "truE ", " true", "nope", "on", "off");
        Function<Random, String> random = r -> {
            String word = List.of("true", "false", "yes", "no", "1", "0").get(r.nextInt(6));
            StringBuilder mixed = new StringBuilder();
            for (char c : word.toCharArray()) {
                mixed.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            return mixed.toString();
        };
        check(picked, random, text -> {
            boolean fast = parsers.bool(chars(text), 1, text.length());
            Boolean slow = orNull(() -> ValueParsers.parseBoolean(text));
            if (fast) {
                assertThat(slow).as(text).isEqualTo(parsers.integer() == 1);
            }
            return fast;
        });
    }

    @Test
    void dates_agree_with_the_slow_parser() {
        List<String> picked = List.of("2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2024-02-30",
                "0000-01-01", "0001-01-01", "9999-12-31", "1970-01-01", "1969-12-31", "2024-13-01", "2024-00-10",
                "2024-01-00", "2024-04-31", "2024-1-01", "+2024-01-01", "20240101", "2024/01/01", "2024-01-01 ",
                " 2024-01-01", "+10000-01-01", "-0001-01-01", "2024-01-01T00:00", "");
        Function<Random, String> random = r -> LocalDate.ofEpochDay(r.nextInt(3_652_059) - 719_528).toString();
        check(picked, random, text -> {
            boolean fast = parsers.date(chars(text), 1, text.length());
            LocalDate slow = orNull(() -> ValueParsers.parseDate(text));
            if (fast) {
                assertThat(slow).as(text).isNotNull();
                assertThat(parsers.integer()).as(text).isEqualTo(slow.toEpochDay());
            }
            return fast;
        });
    }

    @Test
    void every_day_of_ten_thousand_years_has_its_epoch_day() {
        List<LocalDate> wrong = new java.util.ArrayList<>();
        long days = 0;
        for (LocalDate day = LocalDate.of(0, 1, 1); day.getYear() < 10_000; day = day.plusDays(1), days++) {
            if (EpochDays.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()) != day.toEpochDay()) {
                wrong.add(day);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(days).isEqualTo(3_652_425L);
    }

    @Test
    void date_times_agree_with_the_slow_parser() {
        List<String> picked = List.of("2024-02-29T23:59:59", "2024-02-29 23:59:59", "2024-02-29T23:59", "2024-02-29t23:59",
                "2024-02-29T24:00", "2024-02-29T23:60", "2024-02-29T23:59:60", "2024-02-30T10:00", "0000-01-01T00:00",
                "9999-12-31T23:59:59.999999999", "2024-01-01T10:00:00.", "2024-01-01T10:00:00.5",
                "2024-01-01T10:00:00.1234567891", "2024-01-01T10:00:00,5", "2024-01-01T10:00:00Z", "2024-01-01T10",
                "2024-01-01T10:00:0", "2024-01-01T1:00", "2024-01-01T10:00 ", "1969-12-31T23:59:59.999");
        Function<Random, String> random = r -> {
            LocalDateTime time = LocalDateTime.ofEpochSecond(r.nextLong() % 253_402_300_799L, r.nextInt(4) == 0
                    ? r.nextInt(1_000_000_000) : 0, ZoneOffset.UTC);
            String text = time.toString();
            return r.nextBoolean() ? text.replace('T', ' ') : text;
        };
        check(picked, random, text -> {
            boolean fast = parsers.dateTime(chars(text), 1, text.length());
            LocalDateTime slow = orNull(() -> ValueParsers.parseDateTime(text));
            if (fast) {
                assertThat(slow).as(text).isNotNull();
                assertThat(parsers.integer()).as(text).isEqualTo(slow.toEpochSecond(ZoneOffset.UTC));
                assertThat(parsers.nanos()).as(text).isEqualTo(slow.getNano());
            }
            return fast;
        });
    }

    @Test
    void instants_agree_with_the_slow_parser() {
        List<String> picked = List.of("2024-02-29T23:59:59Z", "2024-02-29 23:59:59Z", "2024-02-29T23:59Z",
                "2024-02-29T23:59:59z", "2024-02-29T23:59:59+01:00", "2024-02-29T23:59:59-01:30",
                "2024-02-29T23:59:59-00:00", "2024-02-29T23:59:59+00:00", "2024-02-29T23:59:59+18:00",
                "2024-02-29T23:59:59+18:01", "2024-02-29T23:59:59+17:59", "2024-02-29T23:59:59+01:60",
                "2024-02-29T23:59:59+0100", "2024-02-29T23:59:59+01", "2024-02-29T23:59:59+01:00:30",
                "2024-02-29T23:59:59.123456789+05:45", "0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59-18:00",
                "2024-02-29T23:59:59", "2024-02-29T23:59:59 Z", "2024-02-30T00:00:00Z");
        Function<Random, String> random = r -> {
            Instant instant = Instant.ofEpochSecond(r.nextLong() % 253_402_300_799L, r.nextInt(3) == 0
                    ? r.nextInt(1_000_000_000) : 0);
            int offset = r.nextInt(4) == 0 ? 0 : (r.nextInt(36 * 4 + 1) - 72) * 900;
            String text = instant.atOffset(ZoneOffset.ofTotalSeconds(offset)).toString();
            return r.nextBoolean() ? text.replace('T', ' ') : text;
        };
        check(picked, random, text -> {
            boolean fast = parsers.instant(chars(text), 1, text.length());
            Instant slow = orNull(() -> ValueParsers.parseInstant(text));
            if (fast) {
                assertThat(slow).as(text).isNotNull();
                assertThat(parsers.integer()).as(text).isEqualTo(slow.getEpochSecond());
                assertThat(parsers.nanos()).as(text).isEqualTo(slow.getNano());
            }
            return fast;
        });
    }

    /**
     * Runs {@code agrees} (which asserts, and says whether the fast path took the text) on the picked
     * texts, on random valid texts (most of which the fast path must take) and on random mutations of them.
     */
    private static void check(List<String> picked, Function<Random, String> random, Function<String, Boolean> agrees) {
        picked.forEach(agrees::apply);
        int fast = 0;
        int valid = 10_000;
        for (int i = 0; i < valid; i++) {
            fast += agrees.apply(random.apply(RANDOM)) ? 1 : 0;
        }
        assertThat(fast).as("valid texts the fast path read").isGreaterThan(valid / 2);
        for (int i = 0; i < 20_000; i++) {
            agrees.apply(mutate(random.apply(RANDOM)));
        }
    }

    /** Changes, inserts or deletes a character or two. */
    private static String mutate(String text) {
        StringBuilder mutated = new StringBuilder(text);
        for (int edits = 1 + RANDOM.nextInt(2); edits > 0; edits--) {
            int at = RANDOM.nextInt(mutated.length() + 1);
            char c = NOISE.charAt(RANDOM.nextInt(NOISE.length()));
            switch (RANDOM.nextInt(3)) {
                case 0 -> mutated.insert(at, c);
                case 1 -> {
                    if (at < mutated.length()) {
                        mutated.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < mutated.length()) {
                        mutated.setCharAt(at, c);
                    }
                }
            }
        }
        return mutated.toString();
    }

    /** The text at offset 1 of a larger buffer, with junk around it, so offsets are exercised. */
    private static char[] chars(String text) {
        return ("#" + text + "9:Z-").toCharArray();
    }

    private static <T> T orNull(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
