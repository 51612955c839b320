package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.Check;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.fixtures.CustomRulesContract;
import dev.mlgate.engine.Constants;
import dev.mlgate.engine.internal.MapConfiguration;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The table of the single pass holds only the columns the selected custom rules read. */
class CustomRuleTableTest {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    @Test
    void a_rule_that_names_its_columns_gets_exactly_those_in_its_order() throws Exception {
        SuiteDefinition<ContractState> suite = ContractPlanner.plan(CustomRulesContract.class);

        Table table = suite.open(configuration(), rules(suite, "meanAmount")).table().orElseThrow();

        assertThat(table.columnNames()).containsExactly("amount", "id");
        assertThat(table.rowCount()).isEqualTo(8);
        assertThat(table.doubleColumn("amount").countMissing()).isEqualTo(1);
    }

    @Test
    void several_rules_share_one_table_of_the_union_of_their_columns() throws Exception {
        SuiteDefinition<ContractState> suite = ContractPlanner.plan(CustomRulesContract.class);

        Table table = suite.open(configuration(), suite.checks()).table().orElseThrow();

        assertThat(table.columnNames()).containsExactly("amount", "id", "signup");
    }

    @Test
    void a_rule_that_names_none_gets_every_column_of_the_file_even_beside_one_that_does() throws Exception {
        SuiteDefinition<ContractState> suite = ContractPlanner.plan(EveryColumn.class);

        Table table = suite.open(configuration(), suite.checks()).table().orElseThrow();

        assertThat(table.columnNames()).containsExactly("id", "score", "name", "email", "country", "signup", "active",
                "amount", "code");
    }

    /** One rule reads a column, the other every column. */
    @DataContract(data = "people.csv")
    record EveryColumn(long id, String name) {

        @Check(columns = "name")
        static void names(Table table) {
        }

        @Check
        static void everything(Table table) {
        }
    }

    private static List<CheckSpec<ContractState>> rules(SuiteDefinition<ContractState> suite, String name) {
        return suite.checks().stream().filter(spec -> spec.segmentType().equals("check")
                && spec.segmentValue().equals(name)).toList();
    }

    private static MlgateConfiguration configuration() {
        Map<String, String> values = Map.of(Constants.BASEDIR, CONTRACTS.toString());
        return MapConfiguration.read(values);
    }
}
