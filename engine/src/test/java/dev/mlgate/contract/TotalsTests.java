package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.TotalsContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @Sum} and {@code @DistinctShare} on people.csv. pandas 1.5.3: {@code d.id.sum() == 36},
 * {@code d.amount.sum() == 47.0}, {@code d.country.nunique() / d.country.count() == 0.375},
 * {@code d.score.nunique() / d.score.dropna().count() == 5/6} (NaN left out, as {@code nunique} does).
 */
class TotalsTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(String file) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(
                        TotalsContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter("file", file).execute());
    }

    @Test
    void sums_and_shares_as_pandas_computes_them() {
        Map<String, String> outcomes = outcomes("people.csv");

        assertThat(outcomes).containsEntry("id.sum", "FAILED people.csv column 'id': sum = 36 over 8 values;"
                + " expected <= 30");
        assertThat(outcomes).containsEntry("amount.sum", "FAILED people.csv column 'amount': sum = 47 over 7 values;"
                + " expected >= 50");
        assertThat(outcomes).containsEntry("country.distinctShare", "FAILED people.csv column 'country': distinct"
                + " share = 0.375 over 8 values; expected between 0.5 and 1");
        assertThat(outcomes).containsEntry("score.distinctShare", "FAILED people.csv column 'score': distinct"
                + " share = 0.8333333333333334 over 6 values; expected between 0 and 0.8");
    }

    @Test
    void on_empty_data_the_sum_is_zero_and_the_share_undefined() {
        Map<String, String> outcomes = outcomes("empty.csv");

        assertThat(outcomes).containsEntry("id.sum", "SUCCESSFUL");
        assertThat(outcomes.get("amount.sum")).startsWith("FAILED empty.csv column 'amount': sum = 0 over 0 values");
        assertThat(outcomes.get("country.distinctShare")).startsWith("ABORTED Inconclusive: ");
    }
}
