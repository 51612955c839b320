package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.engine.Constants;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every numeric key is read strictly: a value out of its range is a named problem, never a wrapped number. */
class MlgateConfigurationTest {

    private static MlgateConfiguration read(String key, String value) {
        Map<String, String> values = Map.of(key, value);
        return MapConfiguration.read(values);
    }

    @Nested
    class Rejects {

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', textBlock = """
                mlgate.bootstrap.resamples | 4294967396           | from 100 to 10000000                                   | 1000
                mlgate.bootstrap.resamples | 99                   | from 100 to 10000000                                   | 1000
                mlgate.bootstrap.resamples | 10000001             | from 100 to 10000000                                   | 1000
                mlgate.examples.max        | 4294967296           | from 0 to 2147483647                                   | 20
                mlgate.examples.max        | -1                   | from 0 to 2147483647                                   | 20
                mlgate.slices.min-size     | 2147483648           | from 1 to 2147483647                                   | 30
                mlgate.slices.min-size     | 0                    | from 1 to 2147483647                                   | 30
                mlgate.seed                | 9223372036854775808  | from -9223372036854775808 to 9223372036854775807       | 42
                mlgate.seed                | -9223372036854775809 | from -9223372036854775808 to 9223372036854775807       | 42
                mlgate.examples.max        | 1.5                  | from 0 to 2147483647                                   | 20
                mlgate.csv.max-record-chars | 100                 | from 1024 to 1073741824                                | 16777216
                mlgate.csv.max-record-chars | 1073741825          | from 1024 to 1073741824                                | 16777216
                """)
        void a_whole_number_outside_its_range_naming_key_value_and_range(String key, String value, String range,
                String defaultValue) {
            assertThat(read(key, value).problems()).containsExactly("Invalid configuration value for '" + key + "': '"
                    + value + "' is not a whole number " + range + "; using the default " + defaultValue);
        }

        @Test
        void text_for_the_seed_naming_key_and_value() {
            assertThat(read(Constants.SEED, "forty-two").problems()).containsExactly(
                    "Invalid configuration value for 'mlgate.seed': 'forty-two' is not a whole number; using the"
                            + " default 42");
        }

        @Test
        void a_delimiter_equal_to_the_quote_naming_the_key_and_what_is_allowed() {
            assertThat(read(Constants.CSV_DELIMITER, "\"").problems()).containsExactly(
                    "Invalid configuration value for 'mlgate.csv.delimiter': '\"' is not a character other than the"
                            + " quote '\"'; using the default ','");
            assertThat(read(Constants.CSV_QUOTE, ",").problems()).containsExactly(
                    "Invalid configuration value for 'mlgate.csv.quote': ',' is not a character other than the"
                            + " delimiter ','; using the default '\"'");
        }

        @Test
        void a_line_break_as_delimiter_or_quote_shown_escaped() {
            assertThat(read(Constants.CSV_DELIMITER, "\n").problems()).containsExactly(
                    "Invalid configuration value for 'mlgate.csv.delimiter': '\\n' is not a character other than a"
                            + " line break, which ends a row; using the default ','");
            assertThat(read(Constants.CSV_QUOTE, "\r").problems()).containsExactly(
                    "Invalid configuration value for 'mlgate.csv.quote': '\\r' is not a character other than a"
                            + " line break, which ends a row; using the default '\"'");
        }

        @Test
        void and_uses_the_default_instead() {
            MlgateConfiguration configuration = read(Constants.MIN_SLICE_SIZE, "2147483648");

            assertThat(configuration.minSliceSize()).isEqualTo(Constants.DEFAULT_MIN_SLICE_SIZE);
            assertThat(read(Constants.BOOTSTRAP_RESAMPLES, "4294967396").bootstrapResamples())
                    .isEqualTo(Constants.DEFAULT_BOOTSTRAP_RESAMPLES);
            assertThat(read(Constants.MAX_EXAMPLES, "4294967296").maxExamples())
                    .isEqualTo(Constants.DEFAULT_MAX_EXAMPLES);
        }
    }

    @Nested
    class Accepts {

        @Test
        void the_ends_of_each_range() {
            assertThat(read(Constants.BOOTSTRAP_RESAMPLES, "100").bootstrapResamples()).isEqualTo(100);
            assertThat(read(Constants.BOOTSTRAP_RESAMPLES, "10000000").problems()).isEmpty();
            assertThat(read(Constants.MAX_EXAMPLES, "0").maxExamples()).isZero();
            assertThat(read(Constants.MAX_EXAMPLES, "2147483647").maxExamples()).isEqualTo(Integer.MAX_VALUE);
            assertThat(read(Constants.MIN_SLICE_SIZE, "+1").minSliceSize()).isEqualTo(1);
            assertThat(read(Constants.SEED, "-9223372036854775808").seed()).isEqualTo(Long.MIN_VALUE);
            assertThat(read(Constants.CSV_MAX_RECORD_CHARS, "1024").format().maxRecordChars()).isEqualTo(1024);
            assertThat(read(Constants.CSV_MAX_RECORD_CHARS, "1073741824").format().maxRecordChars())
                    .isEqualTo(1 << 30);
        }
    }
}
