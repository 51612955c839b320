package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ForbiddenValuesContract;
import dev.mlgate.contract.fixtures.StrictForbiddenValuesContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @NoneOf}, {@code @NotMatches} and {@code @AllNull}: pass, fail with the message shape of every value
 * constraint, and hold on empty data and on all-null columns. Expected counts from pandas 1.5.3 on
 * people.csv: {@code d.country.isin(['US','unknown']).sum() == 2},
 * {@code d.email.dropna().str.contains('^[a-c]').sum() == 3}, {@code d.amount.notna().sum() == 7}.
 */
class ForbiddenValuesTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(Class<?> contract, String file) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter("file", file).execute());
    }

    @Test
    void all_pass_on_a_file_whose_columns_are_allowed_or_null() {
        assertThat(outcomes(ForbiddenValuesContract.class, "all-null.csv"))
                .containsEntry("country.noneOf", "SUCCESSFUL")
                .containsEntry("email.notMatches", "SUCCESSFUL")
                .containsEntry("score.allNull", "SUCCESSFUL");
    }

    @Test
    void all_pass_on_empty_data_since_nothing_violates_them() {
        assertThat(outcomes(ForbiddenValuesContract.class, "empty.csv"))
                .containsEntry("country.noneOf", "SUCCESSFUL")
                .containsEntry("email.notMatches", "SUCCESSFUL")
                .containsEntry("score.allNull", "SUCCESSFUL");
    }

    @Test
    void each_fails_naming_counts_share_and_example_rows() {
        Map<String, String> outcomes = outcomes(StrictForbiddenValuesContract.class, "people.csv");

        assertThat(outcomes).containsEntry("country.noneOf", "FAILED people.csv column 'country': 2 of 8 non-null"
                + " values (25.00%) are one of the forbidden [US, unknown] (tolerated: none); examples (row: value):"
                + " 3: 'US', 6: 'US'");
        assertThat(outcomes).containsEntry("email.notMatches", "FAILED people.csv column 'email': 3 of 7 non-null"
                + " values (42.86%) match ^[a-c] (tolerated: none); examples (row: value): 1: 'ana@example.org',"
                + " 2: 'bo@example.org', 3: 'carla[at]example.org'");
        assertThat(outcomes).containsEntry("amount.allNull", "FAILED people.csv column 'amount': 7 of 8 rows"
                + " (87.50%) are not null (tolerated: up to 1); examples (row: value): 1: '10.25', 2: '3.5', 4: '7.0',"
                + " 5: '12.75', 6: '0.0', 7: '5.5', 8: '8.0'");
    }

    @Test
    void all_null_on_a_component_that_is_not_nullable_is_a_declaration_problem() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(
                        dev.mlgate.contract.invalid.AllNullNotNullable.class)).discover().getDiscoveryIssues())
                .extracting(issue -> issue.message()).containsExactly(
                        "dev.mlgate.contract.invalid.AllNullNotNullable.code: @AllNull requires every value to be null,"
                                + " but the component is not @Nullable, so its not-null check fails on every row;"
                                + " declare it @Nullable (or use a wrapper type)");
    }

    @Test
    void a_list_of_patterns_any_of_which_must_match_or_none_of_which_may() {
        // pandas: ~d.code.str.contains('^AB-\\d$|^XY-\\d$') -> row 8 ('ab-8');
        // d.email.dropna().str.contains('\\[at\\]|^g@') -> rows 3 and 7
        Map<String, String> outcomes = outcomes(dev.mlgate.contract.fixtures.RegexListContract.class, "people.csv");

        assertThat(outcomes).containsEntry("code.matchesAny", "FAILED people.csv column 'code': 1 of 8 non-null values"
                + " (12.50%) match none of ^AB-\\d$ | ^XY-\\d$ (tolerated: none); examples (row: value): 8: 'ab-8'");
        assertThat(outcomes).containsEntry("email.notMatches", "FAILED people.csv column 'email': 2 of 7 non-null"
                + " values (28.57%) match \\[at\\] | ^g@ (tolerated: none); examples (row: value):"
                + " 3: 'carla[at]example.org', 7: 'g@example.org'");
    }
}
