package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.fixtures.AllNullLanguageContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract-language constraints on columns that hold only nulls: value and row constraints find nothing
 * to violate, the sum is 0 (pandas' {@code sum}), and what needs a value (a most common one, a share of
 * distinct values) is inconclusive.
 */
class AllNullLanguageTests {

    private final Map<String, String> outcomes = ContractConstraintsTests.outcomes(
            ContractConstraintsTests.run(AllNullLanguageContract.class, "2025-06-30"));

    @Test
    void value_and_row_constraints_pass() {
        assertThat(outcomes)
                .containsEntry("score.increasing", "SUCCESSFUL")
                .containsEntry("score.sum", "SUCCESSFUL")
                .containsEntry("email.noneOf", "SUCCESSFUL")
                .containsEntry("email.notMatches", "SUCCESSFUL")
                .containsEntry("email.matchesAny", "SUCCESSFUL")
                .containsEntry("email.parsesAsJson", "SUCCESSFUL")
                .containsEntry("email.dateTimePattern", "SUCCESSFUL")
                .containsEntry("email.distinctValuesWithin", "SUCCESSFUL")
                .containsEntry("columnPair(score,LESS,amount)", "SUCCESSFUL")
                .containsEntry("columnsSumTo(score+amount=1)", "SUCCESSFUL");
    }

    @Test
    void what_needs_a_value_is_inconclusive() {
        assertThat(outcomes.get("email.mostCommonIn")).startsWith("ABORTED Inconclusive: all-null.csv column 'email':");
        assertThat(outcomes.get("email.distinctShare")).startsWith("ABORTED Inconclusive: all-null.csv column 'email':");
    }
}
