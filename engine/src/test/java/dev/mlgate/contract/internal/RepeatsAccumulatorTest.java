package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.backend.Example;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uniqueness over primitive tables gives what the boxed map it replaced gave: the same counts, distinct
 * values and examples in the same order, on seeded random columns with nulls, NaN, -0.0 and repeats.
 */
class RepeatsAccumulatorTest {

    private static final int ROWS = 20_000;
    private static final String[] WORDS = {"", " ", "a", "A", "Zürich", "Zurich", "😀", "😁", "\uD83D", "Aa", "BB"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 100})
    void integer_boolean_and_decimal_columns_count_as_the_boxed_map_did(int maxExamples) {
        Random random = new Random(190 + maxExamples);
        assertSame(ValueKind.INTEGER, maxExamples, random, r -> r.nextInt(5) == 0 ? r.nextLong() : (long) r.nextInt(3_000) - 1_000);
        assertSame(ValueKind.BOOLEAN, maxExamples, random, Random::nextBoolean);
        double[] specials = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), 1.5, -1.5,
            Double.POSITIVE_INFINITY, Double.MIN_VALUE};
        assertSame(ValueKind.DECIMAL, maxExamples, random,
                r -> r.nextBoolean() ? specials[r.nextInt(specials.length)] : r.nextInt(4_000) / 4.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 100})
    void text_and_time_columns_count_as_the_boxed_map_did(int maxExamples) {
        Random random = new Random(19 + maxExamples);
        assertSame(ValueKind.STRING, maxExamples, random,
                r -> r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] : "user" + r.nextInt(8_000) + "@example.org");
        assertSame(ValueKind.DATE, maxExamples, random, r -> LocalDate.ofEpochDay(r.nextInt(5_000)));
        assertSame(ValueKind.DATE_TIME, maxExamples, random,
                r -> LocalDateTime.of(2024, 1, 1 + r.nextInt(28), r.nextInt(3), 0, 0, r.nextInt(3) * 500));
        assertSame(ValueKind.INSTANT, maxExamples, random,
                r -> Instant.ofEpochSecond(r.nextInt(5_000), r.nextInt(2) * 999_999_999L));
    }

    @Test
    void a_text_column_given_as_char_ranges_counts_as_given_as_strings() {
        Random random = new Random(1919);
        List<Object> cells = cells(random, r -> WORDS[r.nextInt(WORDS.length)] + r.nextInt(500));
        RepeatsAccumulator fromStrings = new RepeatsAccumulator(7, true);
        RepeatsAccumulator fromChars = new RepeatsAccumulator(7, true);
        ColumnValue value = new ColumnValue(ValueKind.STRING);
        char[] line = new char[64];
        for (int row = 1; row <= cells.size(); row++) {
            value.set(cells.get(row - 1), row);
            fromStrings.accept(value);
            if (value.raw() != null) {
                // the field sits inside a larger buffer, as a scan's line would hold it
                value.raw().getChars(0, value.raw().length(), line, 11);
                fromChars.acceptText(line, 11, value.raw().length(), row);
            }
        }
        assertThat(fromChars.result()).isEqualTo(fromStrings.result());
        assertThat(fromChars.result().violations()).isPositive();
    }

    private static void assertSame(ValueKind kind, int max, Random random, Function<Random, Object> values) {
        List<Object> cells = cells(random, values);
        for (boolean includeNaN : new boolean[] {true, false}) {
            RepeatsAccumulator accumulator = new RepeatsAccumulator(max, includeNaN);
            ColumnValue value = new ColumnValue(kind);
            for (int row = 1; row <= cells.size(); row++) {
                value.set(cells.get(row - 1), row);
                accumulator.accept(value);
            }
            ViolationCount expected = boxed(kind, cells, max, includeNaN);
            assertThat(accumulator.result()).as("%s, NaN included: %s", kind, includeNaN).isEqualTo(expected);
            assertThat(expected.violations()).isPositive();
        }
    }

    /** A tenth of the cells null, the rest drawn from {@code values}. */
    private static List<Object> cells(Random random, Function<Random, Object> values) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            cells.add(random.nextInt(10) == 0 ? null : values.apply(random));
        }
        return cells;
    }

    /** The accumulator as it was: a boxed map from bits (numbers, booleans) or the value's object to its row. */
    private static ViolationCount boxed(ValueKind kind, List<Object> cells, int max, boolean includeNaN) {
        Map<Object, Long> seen = new HashMap<>();
        List<Example> examples = new ArrayList<>();
        long checked = 0;
        long duplicated = 0;
        long singletons = 0;
        ColumnValue value = new ColumnValue(kind);
        for (int row = 1; row <= cells.size(); row++) {
            value.set(cells.get(row - 1), row);
            if (value.state != ColumnValue.State.VALUE
                    || !includeNaN && kind == ValueKind.DECIMAL && Double.isNaN(value.number)) {
                continue;
            }
            checked++;
            Object key = value.isPrimitive() ? (Object) value.bits() : value.key();
            Long first = seen.put(key, (long) row);
            if (first == null) {
                singletons++;
                continue;
            }
            seen.put(key, -Math.abs(first));
            if (first > 0) {
                singletons--;
                duplicated++;
                add(examples, max, first, value.raw());
            }
            duplicated++;
            add(examples, max, row, value.raw());
        }
        examples.sort(Comparator.comparingLong(Example::row));
        return new ViolationCount(checked, duplicated, examples,
                RepeatsAccumulator.details(checked, seen.size(), singletons));
    }

    private static void add(List<Example> examples, int max, long row, String raw) {
        if (examples.size() < max) {
            examples.add(new Example(row, 0, raw));
        }
    }
}
