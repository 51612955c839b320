package dev.mlgate.contract;

import static dev.mlgate.contract.ContractConstraintsTests.outcomes;
import static dev.mlgate.contract.ContractConstraintsTests.reported;
import static dev.mlgate.contract.ContractConstraintsTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.mlgate.contract.fixtures.EdgeRules;
import dev.mlgate.contract.fixtures.SignupRules;
import dev.mlgate.contract.invalid.BadRowRules;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @RowRule}: a Java rule over one typed row, evaluated in the single pass and counted like a value
 * constraint; nulls, unreadable values, exceptions, tolerances and declaration mistakes.
 */
class RowRuleTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static String row(int id, String signup, String login, String plan, String seats, String amount) {
        return "'SignupRules[id=" + id + ", signup=" + signup + ", lastLogin=" + login + ", plan=" + plan + ", seats="
                + seats + ", amount=" + amount + "]'";
    }

    @Test
    void a_violated_rule_fails_naming_counts_share_left_out_rows_and_example_rows_with_the_record() {
        assertThat(outcomes(run(SignupRules.class, "2025-06-30"))).containsEntry("loginAfterSignup",
                "FAILED signups.csv: 2 of 5 rows (40.00%) violate the row rule loginAfterSignup (tolerated: none);"
                        + " 2 rows with a null or unreadable value left out; examples (row: value): 3: "
                        + row(3, "2024-03-01", "2024-02-20", "PRO", "3", "30.0") + ", 5: "
                        + row(5, "2024-04-01", "2024-03-31", "TEAM", "10", "100.0"));
    }

    @Test
    void a_rule_within_its_tolerance_or_without_violations_passes_and_reports_its_counts() {
        var results = run(SignupRules.class, "2025-06-30");
        Map<String, Map<String, Double>> reported = reported(results);

        String leftOut = "; 2 rows with a null or unreadable value left out";

        assertThat(outcomes(results)).containsEntry("freeIsFree", "SUCCESSFUL").containsEntry("tenPerSeat", "SUCCESSFUL")
                .containsEntry("seatsPositive", "SUCCESSFUL");
        assertThat(messages(results))
                .containsEntry("freeIsFree", "signups.csv: 1 of 5 rows (20.00%) violate the row rule freeIsFree"
                        + " (tolerated: up to 1)" + leftOut)
                .containsEntry("tenPerSeat", "signups.csv: 1 of 5 rows (20.00%) violate the row rule tenPerSeat"
                        + " (tolerated: up to 40.00%)" + leftOut)
                .containsEntry("seatsPositive", "signups.csv: 0 of 5 rows (0.00%) violate the row rule seatsPositive"
                        + " (tolerated: none)" + leftOut);
        // freeIsFree: row 4 is a FREE plan with amount 5 (allowedViolations = 1); tenPerSeat: row 1 (mostly = 0.6)
        assertThat(reported.get("freeIsFree")).containsEntry("observed", 1.0).containsEntry("detail.checked", 5.0)
                .containsEntry("detail.leftOut", 2.0);
        assertThat(reported.get("tenPerSeat")).containsEntry("observed", 1.0);
        assertThat(reported.get("seatsPositive")).containsEntry("observed", 0.0).containsEntry("detail.checked", 5.0);
    }

    @Test
    void a_warn_rule_only_warns() {
        assertThat(outcomes(run(SignupRules.class, "2025-06-30"))).containsEntry("loginWithinADay",
                "ABORTED Warning (non-blocking): signups.csv: 1 of 5 rows (20.00%) violate the row rule loginWithinADay"
                        + " (tolerated: none); 2 rows with a null or unreadable value left out; examples (row: value): 1: "
                        + row(1, "2024-01-03", "2024-01-05", "FREE", "1", "0.0"));
    }

    @Test
    void a_rule_that_throws_fails_with_the_exception_and_the_row() {
        assertThat(outcomes(run(SignupRules.class, "2025-06-30"))).containsEntry("throwsOnThree",
                "FAILED signups.csv: the row rule throwsOnThree threw on row 3 ("
                        + row(3, "2024-03-01", "2024-02-20", "PRO", "3", "30.0")
                        + "): java.lang.IllegalStateException: no third row");
    }

    @Test
    void on_a_file_without_rows_a_rule_rejecting_every_row_passes() {
        var results = run(EdgeRules.OnEmpty.class, "2025-06-30");

        assertThat(outcomes(results)).containsEntry("never", "SUCCESSFUL");
        assertThat(messages(results)).containsEntry("never", "empty.csv: 0 of 0 rows violate the row rule never"
                + " (tolerated: none)");
        assertThat(reported(results).get("never")).containsEntry("observed", 0.0).containsEntry("detail.checked", 0.0);
    }

    @Test
    void a_nullable_component_receives_null() {
        var results = run(EdgeRules.OnNulls.class, "2025-06-30");

        assertThat(outcomes(results)).containsEntry("nullsArriveAsNull", "SUCCESSFUL");
        assertThat(messages(results)).containsEntry("nullsArriveAsNull", "all-null.csv: 0 of 2 rows (0.00%) violate"
                + " the row rule nullsArriveAsNull (tolerated: none)");
        assertThat(reported(results).get("nullsArriveAsNull")).containsEntry("detail.checked", 2.0)
                .containsEntry("detail.leftOut", 0.0);
    }

    @Test
    void rows_with_a_null_in_a_component_that_is_not_nullable_are_left_out() {
        var results = run(EdgeRules.OnNullsNotNullable.class, "2025-06-30");

        assertThat(messages(results)).containsEntry("never", "all-null.csv: 0 of 0 rows violate the row rule never"
                + " (tolerated: none); 2 rows with a null or unreadable value left out");
        assertThat(outcomes(results))
                .containsEntry("never", "SUCCESSFUL")
                .containsEntry("email.notNull", "FAILED all-null.csv column 'email': 2 of 2 rows (100.00%) are null"
                        + " (tolerated: none); examples (row: value): 1: null, 2: null");
    }

    @Test
    void a_rule_whose_record_needs_a_column_the_file_lacks_fails_naming_it() {
        assertThat(outcomes(run(EdgeRules.MissingColumn.class, "2025-06-30"))).containsEntry("hasRegion",
                "FAILED signups.csv lacks columns the row rule hasRegion reads: [region] are missing; signups.csv has"
                        + " the columns id, signup, last_login, plan, seats, amount");
    }

    @Test
    void a_rule_is_the_node_rule_with_its_method_as_source_and_runs_alone_when_its_method_is_selected() {
        TestDescriptor rule = EngineTestKit.engine("mlgate").selectors(selectClass(SignupRules.class)).discover()
                .getEngineDescriptor().getDescendants().stream()
                .filter(descriptor -> descriptor.getUniqueId().getLastSegment().getType().equals("rule")
                        && descriptor.getUniqueId().getLastSegment().getValue().equals("loginAfterSignup"))
                .findFirst().orElseThrow();
        assertThat(rule.getDisplayName()).isEqualTo("loginAfterSignup: row rule");
        assertThat(rule.getSource()).get().isInstanceOfSatisfying(MethodSource.class, source -> {
            assertThat(source.getMethodName()).isEqualTo("loginAfterSignup");
            assertThat(source.getMethodParameterTypes()).isEqualTo(SignupRules.class.getName());
        });

        var alone = EngineTestKit.engine("mlgate")
                .selectors(selectMethod(SignupRules.class, "loginAfterSignup", SignupRules.class.getName()))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString())
                .execute();
        assertThat(outcomes(alone)).containsOnlyKeys("loginAfterSignup");
        assertThat(outcomes(alone).get("loginAfterSignup")).startsWith("FAILED signups.csv: 2 of 5 rows (40.00%)");
    }

    @Test
    void a_wrongly_declared_rule_is_a_declaration_problem_naming_the_method_and_the_fix() {
        String type = BadRowRules.class.getName();
        String signature = ": a @RowRule method must be static, return boolean and take the row as a BadRowRules, e.g."
                + " static boolean ";

        assertThat(issues(BadRowRules.class)).containsExactlyInAnyOrder(
                type + ".badMostly(): @RowRule(mostly = 1.5, allowedViolations = 0) is invalid; mostly lies in [0, 1]"
                        + " and allowedViolations is not negative",
                type + ".boxedResult()" + signature + "boxedResult(BadRowRules row); it is declared static"
                        + " java.lang.Boolean " + type + ".boxedResult(" + type + ")",
                type + ".negativeAllowed(): @RowRule(mostly = 1.0, allowedViolations = -1) is invalid; mostly lies in"
                        + " [0, 1] and allowedViolations is not negative",
                type + ".noRow()" + signature + "noRow(BadRowRules row); it is declared static boolean " + type
                        + ".noRow()",
                type + ".notStatic()" + signature + "notStatic(BadRowRules row); it is declared boolean " + type
                        + ".notStatic(" + type + ")",
                type + ".otherType()" + signature + "otherType(BadRowRules row); it is declared static boolean " + type
                        + ".otherType(java.lang.String)");
        assertThat(issues(BadRowRules.NotARecord.class)).containsExactly(BadRowRules.NotARecord.class.getName()
                + ".rule(): a @RowRule receives each row as the contract record, but NotARecord is not a record;"
                + " declare it as a record");
    }

    /** Per check, the message of its verdict as reported (passed ones included). */
    static Map<String, String> messages(EngineExecutionResults results) {
        Map<String, String> messages = new LinkedHashMap<>();
        results.allEvents().reportingEntryPublished().stream().forEach(event -> {
            String message = event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("mlgate.message");
            if (message != null) {
                messages.put(event.getTestDescriptor().getUniqueId().getLastSegment().getValue(), message);
            }
        });
        return messages;
    }

    private static List<String> issues(Class<?> contract) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(contract)).discover().getDiscoveryIssues()
                .stream().map(DiscoveryIssue::message).toList();
    }
}
