package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ConfiguredBoundsContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code minFrom} / {@code maxFrom}: statistic and row-count bounds read from configuration when the check runs. */
class ConfiguredBoundsTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(Map<String, String> parameters) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate")
                .selectors(selectClass(ConfiguredBoundsContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameters(parameters).execute());
    }

    @Test
    void the_display_name_shows_the_parameter() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(ConfiguredBoundsContract.class)).discover()
                .getEngineDescriptor().getDescendants().stream().map(TestDescriptor::getDisplayName))
                .contains("row count at least ${people.rows.min}", "amount: mean between 0 and ${amount.mean.max}");
    }

    @Test
    void bounds_that_hold_for_one_environment() {
        assertThat(outcomes(Map.of("people.rows.min", "8", "amount.mean.max", "7")))
                .containsEntry("rowCount", "SUCCESSFUL")
                .containsEntry("amount.mean", "SUCCESSFUL");
    }

    @Test
    void bounds_that_fail_for_another() {
        assertThat(outcomes(Map.of("people.rows.min", "10", "amount.mean.max", "5")))
                .containsEntry("rowCount", "FAILED people.csv has 8 data rows; expected at least 10")
                .containsEntry("amount.mean", "FAILED people.csv column 'amount': mean = 6.714285714285714 over 7"
                        + " values; expected between 0 and 5");
    }

    @Test
    void an_unset_or_non_numeric_parameter_fails_naming_the_key() {
        assertThat(outcomes(Map.of("amount.mean.max", "lots")))
                .containsEntry("rowCount", "FAILED people.csv: the row count cannot be judged: the bound comes from the"
                        + " configuration parameter 'people.rows.min', which is not set; set it in"
                        + " junit-platform.properties or with -Dpeople.rows.min=...")
                .containsEntry("amount.mean", "FAILED people.csv column 'amount': the mean cannot be judged: the"
                        + " configuration parameter 'amount.mean.max' is 'lots', not a number");
    }
}
