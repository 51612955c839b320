package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.SchemaShapeContract;
import dev.mlgate.contract.fixtures.StrictSchemaShapeContract;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code @ColumnCount}, {@code @ColumnsInOrder} and {@code @ColumnAt}: judged from the header alone. */
class SchemaShapeTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();
    private static final String COLUMNS = "people.csv has the columns id, score, name, email, country, signup,"
            + " active, amount, code";

    private static Map<String, String> outcomes(Class<?> contract, String file) {
        return ContractConstraintsTests.outcomes(EngineTestKit.engine("mlgate").selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter("file", file).execute());
    }

    @Test
    void a_header_of_the_declared_shape_passes_with_or_without_rows() {
        for (String file : new String[] {"people.csv", "empty.csv"}) {
            assertThat(outcomes(SchemaShapeContract.class, file)).as(file)
                    .containsEntry("columnCount", "SUCCESSFUL")
                    .containsEntry("columnsInOrder", "SUCCESSFUL")
                    .containsEntry("columnAt1", "SUCCESSFUL")
                    .containsEntry("columnAt9", "SUCCESSFUL");
        }
    }

    @Test
    void each_shape_check_fails_naming_what_the_header_holds() {
        Map<String, String> outcomes = outcomes(StrictSchemaShapeContract.class, "people.csv");

        assertThat(outcomes).containsEntry("columnCount", "FAILED people.csv has 9 columns; expected at most 5; "
                + COLUMNS);
        assertThat(outcomes).containsEntry("columnsInOrder", "FAILED people.csv does not hold the declared columns in"
                + " their order (id, name); " + COLUMNS);
        assertThat(outcomes).containsEntry("columnAt2", "FAILED people.csv has 'score' at position 2; expected 'name'"
                + " at position 2; " + COLUMNS);
        assertThat(outcomes).containsEntry("columnAt12", "FAILED people.csv has no column at position 12; expected"
                + " 'zip' at position 12; " + COLUMNS);
    }
}
