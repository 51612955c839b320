package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.Check;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.RowRule;
import dev.mlgate.contract.fixtures.SignupRules;
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

/** Row rules are answered from the single pass without building a Tablesaw table. */
class RowRuleScanTest {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    @Test
    void a_contract_with_row_rules_builds_no_table() throws Exception {
        SuiteDefinition<ContractState> suite = ContractPlanner.plan(SignupRules.class);
        List<CheckSpec<ContractState>> rules = suite.checks().stream()
                .filter(spec -> spec.segmentType().equals("rule")).toList();

        ContractState onlyRules = suite.open(configuration(), rules);
        ContractState everything = suite.open(configuration(), suite.checks());

        assertThat(rules).hasSize(6);
        assertThat(onlyRules.table()).isEmpty();
        // every row reaches every rule (5 evaluated, 2 left out), except the rule that stopped at its exception on row 3
        assertThat(onlyRules.rowRules()).hasSize(6).allSatisfy((rule, outcome) -> assertThat(
                outcome.checked() + outcome.leftOut()).isEqualTo(rule.name().equals("throwsOnThree") ? 2 : 7));
        assertThat(everything.table()).isEmpty();
    }

    @Test
    void whereas_a_custom_check_does_build_one() throws Exception {
        SuiteDefinition<ContractState> suite = ContractPlanner.plan(WithCheck.class);

        ContractState state = suite.open(configuration(), suite.checks());

        assertThat(state.table()).get().extracting(Table::rowCount).isEqualTo(7);
        assertThat(state.rowRules()).hasSize(1);
    }

    /** A row rule beside a custom {@code @Check}: the custom rule needs the table. */
    @DataContract(data = "signups.csv")
    record WithCheck(long id) {

        @RowRule
        static boolean positive(WithCheck row) {
            return row.id() > 0;
        }

        @Check
        static void anything(Table table) {
        }
    }

    private static MlgateConfiguration configuration() {
        Map<String, String> values = Map.of(Constants.BASEDIR, CONTRACTS.toString());
        return MapConfiguration.read(values);
    }
}
