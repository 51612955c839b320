package dev.mlgate.contract;

import static dev.mlgate.contract.ContractConstraintsTests.outcomes;
import static dev.mlgate.contract.ContractConstraintsTests.reported;
import static dev.mlgate.contract.ContractConstraintsTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.MostlyContract;
import dev.mlgate.contract.fixtures.RateContract;
import dev.mlgate.contract.fixtures.RepeatsContract;
import dev.mlgate.engine.Constants;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Uniqueness as Great Expectations and Deequ define it, value equality of 0.0 and -0.0, an explicit
 * {@code mostly} against {@code @Mostly}, and exact means of integral columns. Reference values: pandas
 * 1.5.3 (Debian's python3-pandas), as each assertion states; Deequ's definitions from awslabs/deequ
 * src/main/scala/com/amazon/deequ/analyzers/Uniqueness.scala and Distinctness.scala (a share of the rows
 * with a non-null grouping column, GroupingAnalyzers.scala: nulls are not counted in the denominator).
 */
class ContractSemanticsTests {

    @Test
    void every_row_of_a_duplicated_value_violates_unique_as_in_great_expectations() {
        Map<String, String> outcomes = outcomes(run(RepeatsContract.class, "2025-06-30"));

        // pandas: s = pd.Series([2, 2, 2, None, 5, 6]); s[s.notna()].duplicated(keep=False).sum() == 3
        assertThat(outcomes).containsEntry("id.unique", "FAILED repeats.csv column 'id': 3 of 5 non-null values"
                + " (60.00%) hold a value that occurs more than once (tolerated: none); examples (row: value):"
                + " 1: '2', 2: '2', 3: '2'");
        // duplicated(keep=False) on a, b, c, d, a, e: 2 of 6, so 4/6 are not duplicated, below mostly = 0.75
        assertThat(outcomes).containsEntry("code.unique", "FAILED repeats.csv column 'code': 2 of 6 non-null"
                + " values (33.33%) hold a value that occurs more than once (tolerated: up to 25.00%); examples"
                + " (row: value): 1: 'a', 5: 'a'");
        // df[['k1', 'k2']].dropna().duplicated(keep=False).sum() == 4
        assertThat(outcomes).containsEntry("uniqueTogether(k1+k2)", "FAILED repeats.csv: 4 of 5 rows with a full"
                + " key (80.00%) hold a key (k1, k2) that occurs more than once (tolerated: none); examples (row:"
                + " value): 1: 'A, 1', 2: 'A, 1', 4: 'B, 1', 5: 'B, 1'");
    }

    @Test
    void the_report_gives_deequs_uniqueness_and_distinct_ratio_over_the_non_null_values() {
        Map<String, Map<String, Double>> reported = reported(run(RepeatsContract.class, "2025-06-30"));

        // pandas: v = s.dropna(); (v.value_counts() == 1).sum() / len(v) == 0.4; v.nunique() / len(v) == 0.6
        assertThat(reported.get("id.unique")).containsEntry("detail.uniqueness", 0.4)
                .containsEntry("detail.distinctRatio", 0.6).containsEntry("detail.checked", 5.0);
        // k = df[['k1', 'k2']].dropna(); (k.value_counts() == 1).sum() / len(k) == 0.2; 3 keys / 5 == 0.6
        assertThat(reported.get("uniqueTogether(k1+k2)")).containsEntry("detail.uniqueness", 0.2)
                .containsEntry("detail.distinctRatio", 0.6);
    }

    @Test
    void zero_and_negative_zero_are_one_value_and_nan_equals_nan_as_in_pandas() {
        EngineExecutionResults results = run(RepeatsContract.class, "2025-06-30");

        // pandas: pd.Series([0.0, -0.0, 1.5, nan, nan]).duplicated(keep=False).sum() == 4
        assertThat(outcomes(results)).containsEntry("x.unique", "FAILED repeats.csv column 'x': 4 of 5 non-null"
                + " values (80.00%) hold a value that occurs more than once (tolerated: none); examples (row:"
                + " value): 1: '-0.0', 2: '-0.0', 4: 'NaN', 5: 'NaN'");
        // pd.Series([0.0, -0.0, 1.5, nan, nan, None]).nunique() == 2: NaN is left out, 0.0 == -0.0
        assertThat(outcomes(results)).containsEntry("x.distinctCount", "SUCCESSFUL");
        assertThat(reported(results).get("x.distinctCount")).containsEntry("observed", 2.0);
    }

    @Test
    void an_explicit_mostly_wins_over_the_components_default() {
        Map<String, String> outcomes = outcomes(run(MostlyContract.class, "2025-06-30"));

        assertThat(outcomes).containsEntry("id.between", "FAILED people.csv column 'id': 1 of 8 non-null values"
                + " (12.50%) are not between 2 and 8 (tolerated: none); examples (row: value): 1: '1'");
        assertThat(outcomes).containsEntry("country.oneOf", "SUCCESSFUL");
    }

    @Test
    void an_integer_mean_and_a_true_rate_are_one_exact_division(@TempDir Path dir) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve("rate.csv"))) {
            out.write("flag,n\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(i < 649_591 ? "true,1\n" : "false,0\n");
            }
        }

        Map<String, String> outcomes = outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(RateContract.class))
                .configurationParameter(Constants.BASEDIR, dir.toString()).execute());

        // 649591 / 1000000 == 0.649591; a running mean of these rows gives 0.6495909999999958
        assertThat(outcomes).containsEntry("flag.trueRate", "SUCCESSFUL");
        assertThat(outcomes).containsEntry("n.mean", "FAILED rate.csv column 'n': mean = 0.649591 over 1,000,000"
                + " values; expected <= 0.6");
    }
}
