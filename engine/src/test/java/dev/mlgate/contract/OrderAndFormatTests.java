package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.OrderedContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @Increasing}, {@code @Decreasing}, {@code @ParsesAsJson} and {@code @MatchesDateTimePattern} over
 * ordered.csv. Counts from pandas 1.5.3: {@code (d.seq.dropna().diff() < 0).sum() == 0},
 * {@code (pd.to_datetime(d.ts).diff() < pd.Timedelta(0)).sum() == 1}; Python's {@code json.loads} refuses
 * 1 of the 5 payloads ({@code {"a":}).
 */
class OrderAndFormatTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(String file) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(
                        OrderedContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter("file", file).execute());
    }

    @Test
    void each_passes_or_fails_naming_counts_and_rows() {
        Map<String, String> outcomes = outcomes("ordered.csv");

        assertThat(outcomes).containsEntry("seq.increasing", "SUCCESSFUL");
        assertThat(outcomes).containsEntry("id.decreasing", "FAILED ordered.csv column 'id': 4 of 5 non-null values"
                + " (80.00%) are greater than the value before them (tolerated: up to 3); examples (row: value):"
                + " 2: '2', 3: '3', 4: '4', 5: '5'");
        assertThat(outcomes).containsEntry("ts.increasing", "FAILED ordered.csv column 'ts': 1 of 5 non-null values"
                + " (20.00%) are smaller than the value before them (tolerated: none); examples (row: value):"
                + " 3: '2024-01-01T12:00:00'");
        assertThat(outcomes).containsEntry("payload.parsesAsJson", "FAILED ordered.csv column 'payload': 1 of 5"
                + " non-null values (20.00%) are not one JSON document (tolerated: none); examples (row: value):"
                + " 4: '{\"a\":'");
        assertThat(outcomes).containsEntry("day.dateTimePattern", "FAILED ordered.csv column 'day': 2 of 5 non-null"
                + " values (40.00%) are not written as uuuu-MM-dd (tolerated: none); examples (row: value):"
                + " 3: '2024-02-30', 4: '2024/03/01'");
    }

    @Test
    void strict_order_counts_equal_neighbours() {
        // seq: 1, 2, 2, null, 5; strictly decreasing fails at 2 (after 1), 2 (equal to 2) and 5
        assertThat(outcomes("ordered.csv")).containsEntry("seq.decreasing", "FAILED ordered.csv column 'seq': 3 of 4"
                + " non-null values (75.00%) are not smaller than the value before them (tolerated: up to 2); examples"
                + " (row: value): 2: '2', 3: '2', 5: '5'");
    }

    @Test
    void all_pass_on_empty_data() {
        assertThat(outcomes("empty-ordered.csv").values()).allMatch("SUCCESSFUL"::equals);
    }
}
