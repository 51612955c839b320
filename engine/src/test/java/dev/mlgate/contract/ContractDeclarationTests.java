package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.invalid.BadTolerances;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Tolerances and column names out of their range are declaration problems naming class, component and range. */
class ContractDeclarationTests {

    private static final String TOLERANCES = BadTolerances.class.getName();

    private static List<String> issues(Class<?> contract) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(contract)).discover().getDiscoveryIssues()
                .stream().map(DiscoveryIssue::message).toList();
    }

    private static String invalid(String component, String annotation, String mostly, long allowed) {
        return TOLERANCES + "." + component + ": " + annotation + "(mostly = " + mostly + ", allowedViolations = "
                + allowed + ") is invalid; mostly lies in [0, 1] and allowedViolations is not negative";
    }

    @Test
    void a_constraint_tolerance_outside_its_range() {
        assertThat(issues(BadTolerances.class)).containsExactlyInAnyOrder(
                TOLERANCES + ": @UniqueTogether({a, b}) has an invalid tolerance; mostly lies in [0, 1] and"
                        + " allowedViolations is not negative",
                invalid("a", "@Between", "1.5", 0),
                invalid("b", "@OneOf", "1.0", -1),
                invalid("c", "@Matches", "1.01", 0),
                invalid("d", "@Unique", "-0.1", 0),
                invalid("e", "@Length", "1.0", -2),
                invalid("f", "@NotInFuture", "2.0", 0),
                invalid("g", "@DateRange", "-1.0", 0),
                invalid("h", "@Positive", "3.0", 0),
                invalid("i", "@NonNegative", "1.0", -1));
    }

    @Test
    void a_default_tolerance_outside_zero_to_one_even_when_no_constraint_uses_it() {
        String where = BadTolerances.BadMostly.class.getName() + ".";
        String range = ") must lie in (0, 1]: it is the smallest share of non-null values that must conform";

        assertThat(issues(BadTolerances.BadMostly.class)).containsExactlyInAnyOrder(
                where + "unused: @Mostly(2.0" + range,
                where + "notANumber: @Mostly(NaN" + range,
                where + "zero: @Mostly(0.0" + range,
                where + "negative: @Mostly(-0.5" + range);
    }

    @Test
    void completeness_on_a_component_that_is_not_nullable() {
        String where = BadTolerances.CompletenessWithoutNullable.class.getName() + ".";
        String fix = " allows nulls, but the component is not @Nullable, so its not-null check fails on any null;"
                + " declare the component @Nullable (or use a wrapper type), since @Completeness allows nulls";

        assertThat(issues(BadTolerances.CompletenessWithoutNullable.class)).containsExactlyInAnyOrder(
                where + "email: @Completeness(min = 0.9)" + fix,
                where + "score: @Completeness(min = 0.5)" + fix);
    }

    @Test
    void a_blank_column_name() {
        String where = BadTolerances.BlankColumn.class.getName() + ".";

        assertThat(issues(BadTolerances.BlankColumn.class)).containsExactlyInAnyOrder(
                where + "id: @Column(\"\") names no column; write the column's name as in the header, or leave @Column"
                        + " out",
                where + "name: @Column(\" \") names no column; write the column's name as in the header, or leave"
                        + " @Column out");
    }
}
