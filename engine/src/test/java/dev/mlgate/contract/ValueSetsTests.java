package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ValueSetsContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @DistinctValues} and {@code @MostCommonIn} over people.csv's country column. pandas 1.5.3:
 * {@code d.country.unique() == ['DE', 'FR', 'US']}, {@code d.country.value_counts()} DE 4, FR 2, US 2.
 */
class ValueSetsTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(String file) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(
                        ValueSetsContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter("file", file).execute());
    }

    @Test
    void each_set_is_judged_and_names_what_is_missing_or_undeclared() {
        Map<String, String> outcomes = outcomes("people.csv");

        assertThat(outcomes).containsEntry("country.distinctValuesContain", "FAILED people.csv column 'country': the"
                + " distinct values are [DE, FR, US]; expected distinct values containing [DE, GB] (missing [GB])");
        assertThat(outcomes).containsEntry("country.distinctValuesWithin", "FAILED people.csv column 'country': the"
                + " distinct values are [DE, FR, US]; expected distinct values within [DE, FR] (not declared [US])");
        assertThat(outcomes).containsEntry("country.distinctValuesEqual", "SUCCESSFUL");
        assertThat(outcomes).containsEntry("country.mostCommonIn", "FAILED people.csv column 'country': the most"
                + " common value is [DE] (4 times); expected most common value in [FR]");
    }

    @Test
    void on_empty_data_nothing_is_contained_nothing_is_outside_and_there_is_no_most_common_value() {
        Map<String, String> outcomes = outcomes("empty.csv");

        assertThat(outcomes.get("country.distinctValuesContain")).startsWith("FAILED ")
                .endsWith("(missing [DE, GB])");
        assertThat(outcomes).containsEntry("country.distinctValuesWithin", "SUCCESSFUL");
        assertThat(outcomes.get("country.distinctValuesEqual")).startsWith("FAILED ");
        assertThat(outcomes).containsEntry("country.mostCommonIn", "ABORTED Inconclusive: empty.csv column 'country':"
                + " there is no value, so there is no most common one");
    }
}
