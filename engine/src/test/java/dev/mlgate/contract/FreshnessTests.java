package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.FreshnessContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @WithinLast} and {@code @NewestWithin} on people.csv's signup dates (2024-01-03 to 2025-01-01),
 * judged at a pinned {@code mlgate.today}.
 */
class FreshnessTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(String file, String today) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(
                        FreshnessContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter(Constants.TODAY, today)
                .configurationParameter("file", file).execute());
    }

    @Test
    void fresh_data_passes_both() {
        // 2025-01-02 minus 365 days is 2024-01-03 (2024 is a leap year): the oldest signup is just within
        assertThat(outcomes("people.csv", "2025-01-02"))
                .containsEntry("signup.withinLast", "SUCCESSFUL")
                .containsEntry("signup.newestWithin", "SUCCESSFUL")
                .containsEntry("signup.oldestAtLeast", "SUCCESSFUL");
    }

    @Test
    void stale_data_fails_naming_the_old_values_and_the_newest() {
        Map<String, String> outcomes = outcomes("people.csv", "2025-06-30");

        // before 2024-06-30: the signups of rows 1 to 6
        assertThat(outcomes).containsEntry("signup.withinLast", "FAILED people.csv column 'signup': 6 of 8 non-null"
                + " values (75.00%) are older than P365D (tolerated: none); examples (row: value): 1: '2024-01-03',"
                + " 2: '2024-02-14', 3: '2024-03-01', 4: '2024-03-15', 5: '2024-04-01', 6: '2024-05-20'");
        assertThat(outcomes).containsEntry("signup.newestWithin", "FAILED people.csv column 'signup': the newest value"
                + " is 2025-01-01; expected within P7D of the run's present");
        assertThat(outcomes).containsEntry("signup.oldestAtLeast", "SUCCESSFUL");
    }

    @Test
    void a_history_shorter_than_declared_fails_naming_the_oldest_value() {
        // at 2024-06-30 the oldest signup, 2024-01-03, is less than six months old
        assertThat(outcomes("people.csv", "2024-06-30")).containsEntry("signup.oldestAtLeast", "FAILED people.csv"
                + " column 'signup': the oldest value is 2024-01-03; expected at least P6M before the run's present");
    }

    @Test
    void empty_data_has_nothing_old_and_nothing_fresh() {
        Map<String, String> outcomes = outcomes("empty.csv", "2025-06-30");

        assertThat(outcomes).containsEntry("signup.withinLast", "SUCCESSFUL");
        assertThat(outcomes).containsEntry("signup.newestWithin", "ABORTED Inconclusive: empty.csv column 'signup':"
                + " there is no value, so nothing shows the data is fresh");
        assertThat(outcomes).containsEntry("signup.oldestAtLeast", "ABORTED Inconclusive: empty.csv column 'signup':"
                + " there is no value, so nothing shows the data is old enough");
    }

    @Test
    void a_duration_on_a_date_column_is_a_declaration_problem() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(
                        dev.mlgate.contract.invalid.DurationOnDates.class)).discover().getDiscoveryIssues())
                .extracting(issue -> issue.message()).containsExactly(
                        "dev.mlgate.contract.invalid.DurationOnDates.signup: @WithinLast(\"PT6H\") is not an ISO-8601"
                                + " period for a date column, such as P30D or P1M");
    }

    @Test
    void an_all_null_column_has_nothing_old_and_nothing_fresh() {
        Map<String, String> outcomes = outcomes("no-dates.csv", "2025-06-30");

        assertThat(outcomes).containsEntry("signup.withinLast", "SUCCESSFUL");
        assertThat(outcomes.get("signup.newestWithin")).startsWith("ABORTED Inconclusive: no-dates.csv column 'signup':");
        assertThat(outcomes.get("signup.oldestAtLeast")).startsWith("ABORTED Inconclusive: no-dates.csv column 'signup':");
    }
}
