package dev.mlgate.contract;

import static dev.mlgate.contract.ContractConstraintsTests.outcomes;
import static dev.mlgate.contract.ContractConstraintsTests.run;
import static dev.mlgate.contract.RowRuleTests.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ConditionalSignups;
import dev.mlgate.contract.fixtures.EdgeRules;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code @When}: a component's value constraints count only the rows where a condition method holds. */
class ConditionalConstraintTests {

    @Test
    void a_conditional_constraint_fails_on_matching_rows_only_stating_the_condition() {
        assertThat(outcomes(run(ConditionalSignups.class, "2025-06-30"))).containsEntry("id.between",
                "FAILED signups.csv column 'id': 2 of 3 non-null values in rows where paid holds (66.67%) are not"
                        + " between 3 and 4 (tolerated: none); examples (row: value): 2: '2', 5: '5'");
    }

    @Test
    void constraints_the_free_row_would_break_pass_and_type_checks_still_cover_every_row() {
        var results = run(ConditionalSignups.class, "2025-06-30");
        Map<String, String> outcomes = outcomes(results);

        assertThat(messages(results)).containsEntry("seats.between", "signups.csv column 'seats': 0 of 3 non-null"
                + " values in rows where paid holds (0.00%) are not between 2 and 10 (tolerated: none)");

        assertThat(outcomes).containsEntry("seats.between", "SUCCESSFUL").containsEntry("amount.positive", "SUCCESSFUL")
                .containsEntry("seats.type", "FAILED signups.csv column 'seats': 1 of 6 non-null values (16.67%) cannot"
                        + " be read as an int, an integer from -2147483648 to 2147483647 (tolerated: none); examples"
                        + " (row, line: value): 6, line 7: 'x'");
    }

    @Test
    void the_condition_is_in_the_display_name() {
        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(ConditionalSignups.class)).discover()
                .getEngineDescriptor().getDescendants().stream().map(TestDescriptor::getDisplayName))
                .contains("seats: between 2 and 10 when paid", "amount: > 0 when paid", "id: between 3 and 4 when paid",
                        "seats: type integer");
    }

    @Test
    void on_a_file_without_rows_and_on_an_all_null_column_it_passes() {
        var empty = run(EdgeRules.ConditionalOnEmpty.class, "2025-06-30");
        var nulls = run(EdgeRules.ConditionalOnNulls.class, "2025-06-30");

        assertThat(outcomes(empty)).containsEntry("score.between", "SUCCESSFUL");
        assertThat(messages(empty)).containsEntry("score.between", "empty.csv column 'score': 0 of 0 non-null values in"
                + " rows where always holds are not between 0 and 1 (tolerated: none)");
        assertThat(outcomes(nulls)).containsEntry("score.between", "SUCCESSFUL");
        assertThat(messages(nulls)).containsEntry("score.between", "all-null.csv column 'score': 0 of 0 non-null values"
                + " in rows where always holds are not between 0 and 1 (tolerated: none)");
    }

    @Test
    void a_condition_that_throws_fails_the_scan_naming_the_row() {
        var results = run(EdgeRules.ThrowingCondition.class, "2025-06-30");

        assertThat(results.allEvents().failed().stream().map(event -> event.getPayload(TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow().getMessage()).toList()).isNotEmpty().allSatisfy(message ->
                        assertThat(message).contains("the condition notThree threw on row 3 ('ThrowingCondition[id=3]'):"
                                + " java.lang.IllegalStateException: three"));
    }

    @Test
    void a_condition_naming_no_method_is_a_declaration_problem() {
        String type = EdgeRules.UnknownCondition.class.getName();

        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(EdgeRules.UnknownCondition.class)).discover()
                .getDiscoveryIssues().stream().map(DiscoveryIssue::message)).containsExactly(type + ".id: @When(\"nope\")"
                        + " names no condition; declare static boolean nope(UnknownCondition row) in UnknownCondition");
    }

    @Test
    void a_declared_condition_on_a_column_counts_the_same_rows_as_the_method() {
        assertThat(outcomes(run(dev.mlgate.contract.fixtures.DeclaredConditionSignups.class, "2025-06-30")))
                .containsEntry("id.between", "FAILED signups.csv column 'id': 2 of 3 non-null values in rows where plan"
                        + " in [PRO, TEAM] holds (66.67%) are not between 3 and 4 (tolerated: none); examples"
                        + " (row: value): 2: '2', 5: '5'");
    }
}
