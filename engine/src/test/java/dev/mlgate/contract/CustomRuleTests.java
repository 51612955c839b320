package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.CustomRulesContract;
import dev.mlgate.contract.fixtures.ShiftRuleContract;
import dev.mlgate.contract.invalid.BadCustomRules;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @Check} rules that name their columns, read configuration parameters and the run's present
 * through {@link CheckContext}, and publish an observed value to the report and the message.
 */
class CustomRuleTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static EngineExecutionResults run(Map<String, String> parameters) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(CustomRulesContract.class))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .configurationParameter(Constants.TODAY, "2025-06-30")
                .configurationParameters(parameters).execute();
    }

    /** Per rule, its report entry's {@code mlgate.*} values. */
    private static Map<String, Map<String, String>> entries(EngineExecutionResults results) {
        return results.testEvents().reportingEntryPublished().stream().collect(Collectors.toMap(
                event -> event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()));
    }

    @Test
    void a_rule_within_its_configured_threshold_passes_and_reports_what_it_observed() {
        EngineExecutionResults results = run(Map.of("maxMeanAmount", " 7 "));

        assertThat(ContractConstraintsTests.outcomes(results))
                .containsEntry("meanAmount", "SUCCESSFUL")
                .containsEntry("signupAge", "SUCCESSFUL");
        assertThat(entries(results).get("meanAmount"))
                .containsEntry("mlgate.metric", "mean amount")
                .containsEntry("mlgate.observed", "6.714285714285714")
                .containsEntry("mlgate.message", "meanAmount() on people.csv holds; observed mean amount"
                        + " = 6.714285714285714");
        // 2025-01-01 to the pinned present 2025-06-30; a whole number is shown without decimals
        assertThat(entries(results).get("signupAge"))
                .containsEntry("mlgate.metric", "days since the newest signup")
                .containsEntry("mlgate.message", "signupAge() on people.csv holds; observed days since the newest"
                        + " signup = 180");
        assertThat(ContractConstraintsTests.observed(results)).containsEntry("signupAge", 180.0);
    }

    @Test
    void a_rule_beyond_its_configured_threshold_fails_with_its_message_and_the_observed_value() {
        EngineExecutionResults results = run(Map.of("maxMeanAmount", "6.5", "maxSignupAgeDays", "90"));

        assertThat(ContractConstraintsTests.outcomes(results))
                .containsEntry("meanAmount", "FAILED the mean amount 6.714285714285714 exceeds 6.5; observed mean"
                        + " amount = 6.714285714285714")
                .containsEntry("signupAge", "FAILED the newest signup is 180 days old; at most 90 expected;"
                        + " observed days since the newest signup = 180");
        assertThat(entries(results).get("meanAmount"))
                .containsEntry("mlgate.verdict", "failed")
                .containsEntry("mlgate.observed", "6.714285714285714");
    }

    @Test
    void a_missing_required_parameter_fails_the_rule_naming_the_key() {
        EngineExecutionResults results = run(Map.of());

        assertThat(ContractConstraintsTests.outcomes(results))
                .containsEntry("meanAmount", "FAILED meanAmount() needs the configuration parameter"
                        + " 'maxMeanAmount', which is not set (set it with -DmaxMeanAmount=... or in"
                        + " junit-platform.properties)")
                .containsEntry("signupAge", "SUCCESSFUL");
    }

    @Test
    void a_rule_over_the_reference_gets_both_tables_of_its_columns_and_its_context() {
        EngineExecutionResults results = EngineTestKit.engine("mlgate").selectors(selectClass(ShiftRuleContract.class))
                .configurationParameter(Constants.BASEDIR, Path.of("src/test/resources/drift").toAbsolutePath()
                        .toString())
                .configurationParameter("maxShift", "10").execute();

        assertThat(ContractConstraintsTests.outcomes(results)).containsEntry("meanShift", "FAILED x moved by 14.0;"
                + " observed mean shift = 14");
        assertThat(ContractConstraintsTests.observed(results)).containsEntry("meanShift", 14.0);
    }

    @Test
    void unknown_columns_and_a_misplaced_context_are_declaration_problems() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(BadCustomRules.class)).discover()
                .getDiscoveryIssues()).extracting(issue -> issue.message()).containsExactly(
                        "dev.mlgate.contract.invalid.BadCustomRules.contextFirst(): a @Check method must be static,"
                                + " return void and take a tablesaw Table and optionally a CheckContext last; it is"
                                + " declared static void dev.mlgate.contract.invalid.BadCustomRules.contextFirst("
                                + "dev.mlgate.contract.CheckContext,tech.tablesaw.api.Table)",
                        "dev.mlgate.contract.invalid.BadCustomRules.unknownColumns(): @Check(columns) names 'income',"
                                + " 'age', which the contract does not declare; it declares 'id', 'amount'");
    }
}
