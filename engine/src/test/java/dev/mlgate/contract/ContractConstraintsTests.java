package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.AllNullContract;
import dev.mlgate.contract.fixtures.CountingObserver;
import dev.mlgate.contract.fixtures.EmptyContract;
import dev.mlgate.contract.fixtures.PeopleContract;
import dev.mlgate.contract.fixtures.StrictPeopleContract;
import dev.mlgate.data.ReadCounter;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Every column and table constraint of a data contract: pass, fail with its message, and the
 * null/empty rules. Reference values: pandas 1.5.3 on people.csv, read with
 * {@code pd.read_csv('people.csv', keep_default_na=False, na_values=['', 'NA', 'N/A', 'null', 'NULL', 'NaN'])}
 * (the script is engine/src/test/resources/reference/contract_reference.py).
 */
class ContractConstraintsTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    static EngineExecutionResults run(Class<?> contract, String today) {
        return EngineTestKit.engine("mlgate")
                .selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter(Constants.TODAY, today)
                .execute();
    }

    /** Per check (last unique-id segment value): the status and message, or the observed value. */
    static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        results.testEvents().finished().stream().forEach(event -> outcomes.put(key(event),
                event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result.getThrowable()
                        .map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    /** Per check, the numbers its report entry carries: {@code observed} and {@code detail.*}. */
    static Map<String, Map<String, Double>> reported(EngineExecutionResults results) {
        Map<String, Map<String, Double>> reported = new LinkedHashMap<>();
        results.allEvents().reportingEntryPublished().stream().forEach(event -> {
            Map<String, String> values = event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
            Map<String, Double> numbers = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                boolean numeric = value.matches("-?[0-9.E]+");
                if (numeric && (name.equals("mlgate.observed") || name.startsWith("mlgate.detail."))) {
                    numbers.put(name.substring("mlgate.".length()), Double.parseDouble(value));
                }
            });
            reported.put(key(event), numbers);
        });
        return reported;
    }

    static Map<String, Double> observed(EngineExecutionResults results) {
        Map<String, Double> observed = new LinkedHashMap<>();
        reported(results).forEach((check, numbers) -> Optional.ofNullable(numbers.get("observed"))
                .ifPresent(value -> observed.put(check, value)));
        return observed;
    }

    private static String key(Event event) {
        return event.getTestDescriptor().getUniqueId().getLastSegment().getValue();
    }

    @Nested
    class Passes {

        @Test
        void every_constraint_on_data_that_satisfies_it() {
            EngineExecutionResults results = run(PeopleContract.class, "2025-06-30");

            assertThat(outcomes(results)).allSatisfy((check, outcome) -> assertThat(outcome).isEqualTo("SUCCESSFUL"));
            assertThat(outcomes(results)).hasSize(39);
        }

        @Test
        void with_statistics_equal_to_pandas() {
            Map<String, Double> observed = observed(run(PeopleContract.class, "2025-06-30"));

            // pandas 1.5.3: Series.mean, .std() (ddof=1), .std(ddof=0), .median, .quantile, .nunique, .min, .max
            assertThat(observed.get("score.mean")).isCloseTo(1.5833333333333333, within(1e-15));
            assertThat(observed.get("score.standardDeviation")).isCloseTo(1.0448285345771653, within(1e-15));
            assertThat(observed.get("amount.standardDeviation")).isCloseTo(3.9197953924111077, within(1e-15));
            assertThat(observed.get("amount.mean")).isCloseTo(6.714285714285714, within(1e-15));
            assertThat(observed.get("score.median")).isEqualTo(1.75);
            assertThat(observed.get("score.quantile0.1")).isEqualTo(0.375);
            assertThat(observed.get("score.quantile0.9")).isEqualTo(2.625);
            assertThat(observed.get("score.minimum")).isEqualTo(0.25);
            assertThat(observed.get("score.maximum")).isEqualTo(3.0);
            assertThat(observed.get("score.distinctCount")).isEqualTo(5.0);
            assertThat(observed.get("country.distinctCount")).isEqualTo(3.0);
            // pandas: d['email'].notna().mean() == 0.875; d['active'].mean() == 0.625
            assertThat(observed.get("email.completeness")).isEqualTo(0.875);
            assertThat(observed.get("active.trueRate")).isEqualTo(0.625);
        }

        @Test
        void with_match_rates_and_uniqueness_equal_to_pandas() {
            Map<String, Map<String, Double>> reported = reported(run(PeopleContract.class, "2025-06-30"));

            // pandas: e = d['email'].dropna(); e.str.contains(r'^[^@\s]+@[^@\s]+$').mean() == 0.8571428571428571
            Map<String, Double> email = reported.get("email.matches");
            assertThat((email.get("detail.checked") - email.get("observed")) / email.get("detail.checked"))
                    .isEqualTo(0.8571428571428571);
            // pandas: d['score'].dropna().duplicated().sum() == 1 (1.75 twice); mlgate also counts the NaN row
            // as a value, which pandas reads as missing, so 7 values are checked and 1 repeats
            assertThat(reported.get("score.distinctCount").get("observed")).isEqualTo(5.0);
            assertThat(reported.get("id.unique").get("observed")).isZero();
        }
    }

    @Nested
    class Fails {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            schema | people.csv does not match the schema: missing phone; people.csv has the columns id, score, name, email, country, signup, active, amount, code
            rowCount | people.csv has 8 data rows; expected at least 10
            uniqueTogether(country+active) | people.csv: 7 of 8 rows with a full key (87.50%) hold a key (country, active) that occurs more than once (tolerated: none); examples (row: value): 1: 'DE, true', 2: 'FR, false', 3: 'US, true', 4: 'DE, true', 5: 'FR, false', 6: 'US, true', 7: 'DE, true'
            id.between | people.csv column 'id': 3 of 8 non-null values (37.50%) are not between 2 and 7 (min exclusive) (tolerated: none); examples (row: value): 1: '1', 2: '2', 8: '8'
            score.positive | people.csv column 'score': 1 of 7 non-null values (14.29%) are not > 0 (tolerated: none); examples (row: value): 3: 'NaN'
            name.length | people.csv column 'name': 2 of 8 non-null values (25.00%) have a length not between 0 and 5 (tolerated: none); examples (row: value): 4: 'Dmitri', 7: 'Gunnhildur'
            email.completeness | people.csv column 'email': completeness = 0.875 over 8 rows; expected between 0.9 and 1
            email.matches | people.csv column 'email': 1 of 7 non-null values (14.29%) do not match ^[^@\\s]+@[^@\\s]+$ (tolerated: none); examples (row: value): 3: 'carla[at]example.org'
            country.oneOf | people.csv column 'country': 2 of 8 non-null values (25.00%) are not one of [DE, FR] (tolerated: none); examples (row: value): 3: 'US', 6: 'US'
            country.distinctCount | people.csv column 'country': distinct count = 3 over 8 values; expected between 0 and 2
            signup.notInFuture | people.csv column 'signup': 1 of 8 non-null values (12.50%) lie in the future (tolerated: none); examples (row: value): 8: '2025-01-01'
            signup.dateRange | people.csv column 'signup': 1 of 8 non-null values (12.50%) are not on or before 2024-12-31 (tolerated: none); examples (row: value): 8: '2025-01-01'
            active.trueRate | people.csv column 'active': true rate = 0.625 over 8 values; expected >= 0.9
            amount.minimum | people.csv column 'amount': minimum = 0 over 7 values; expected >= 1
            amount.maximum | people.csv column 'amount': maximum = 12.75 over 7 values; expected <= 12
            amount.mean | people.csv column 'amount': mean = 6.714285714285714 over 7 values; expected <= 5
            amount.standardDeviation | people.csv column 'amount': sample standard deviation = 4.233862921505046 over 7 values; expected <= 1
            amount.median | people.csv column 'amount': median = 7 over 7 values; expected >= 8
            amount.quantile0.9 | people.csv column 'amount': 0.9-quantile = 11.25 over 7 values; expected <= 10
            code.matches | people.csv column 'code': 2 of 8 non-null values (25.00%) do not match ^AB-\\d$ (tolerated: none); examples (row: value): 4: 'XY-9', 8: 'ab-8'
            """)
        void each_violated_constraint_with_a_message_naming_counts_share_and_example_rows(String check, String message) {
            assertThat(outcomes(run(StrictPeopleContract.class, "2024-12-31")))
                    .containsEntry(check, "FAILED " + message.replace("\\\\", "\\"));
        }

        @Test
        void nothing_else() {
            assertThat(outcomes(run(StrictPeopleContract.class, "2024-12-31")).values())
                    .filteredOn(outcome -> outcome.startsWith("FAILED")).hasSize(20);
        }
    }

    @Nested
    class OnEmptyData {

        @Test
        void value_constraints_hold_statistics_are_undefined_and_counts_are_zero() {
            Map<String, String> outcomes = outcomes(run(EmptyContract.class, "2025-06-30"));

            assertThat(outcomes).containsEntry("rowCount", "FAILED empty.csv has 0 data rows; expected at least 1")
                    .containsEntry("id.unique", "SUCCESSFUL")
                    .containsEntry("id.between", "SUCCESSFUL")
                    .containsEntry("id.notNull", "SUCCESSFUL")
                    .containsEntry("score.completeness", "SUCCESSFUL")
                    .containsEntry("score.mean", "ABORTED Inconclusive: empty.csv column 'score': the mean is undefined:"
                            + " there is no non-null, non-NaN value")
                    .containsEntry("country.distinctCount", "FAILED empty.csv column 'country': distinct count = 0"
                            + " over 0 values; expected >= 1");
        }

        @Test
        void an_all_null_column_is_incomplete_and_has_no_statistics() {
            Map<String, String> outcomes = outcomes(run(AllNullContract.class, "2025-06-30"));

            assertThat(outcomes)
                    .containsEntry("score.completeness", "FAILED all-null.csv column 'score': completeness = 0 over 2"
                            + " rows; expected between 0.5 and 1")
                    .containsEntry("score.between", "SUCCESSFUL")
                    .containsEntry("score.mean", "ABORTED Inconclusive: all-null.csv column 'score': the mean is"
                            + " undefined: there is no non-null, non-NaN value")
                    .containsEntry("email.notNull", "FAILED all-null.csv column 'email': 2 of 2 rows (100.00%) are null"
                            + " (tolerated: none); examples (row: value): 1: null, 2: null")
                    .containsEntry("email.distinctCount", "SUCCESSFUL")
                    .containsEntry("amount.standardDeviation", "ABORTED Inconclusive: all-null.csv column 'amount': the"
                            + " sample standard deviation is undefined: there is no non-null, non-NaN value");
        }
    }

    @Test
    void one_pass_over_the_file_answers_every_constraint() {
        CountingObserver.counts = new ReadCounter();

        EngineExecutionResults results = EngineTestKit.engine("mlgate")
                .selectors(selectClass(PeopleContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter(Constants.TODAY, "2025-06-30")
                .configurationParameter(Constants.ARTIFACT_OBSERVER, CountingObserver.class.getName())
                .execute();

        assertThat(results.testEvents().succeeded().count()).isEqualTo(39);
        assertThat(CountingObserver.counts.scans(CONTRACTS.resolve("people.csv"))).isEqualTo(1);
        assertThat(CountingObserver.counts.totalScans()).isEqualTo(1);
    }
}
