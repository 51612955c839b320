package dev.mlgate.assertions.error;

import static dev.mlgate.assertions.error.ShouldHaveNoViolations.shouldHaveNoViolations;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import dev.mlgate.contract.Violations;
import dev.mlgate.contract.Violations.Violation;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveNoViolations_create_Test {

    private static final Violations TWO_OF_SIX = new Violations(6, 2,
            List.of(new Violation(2, "x"), new Violation(5, null)));

    private static String create(double mostly, long allowed, Violations found, boolean quoted) {
        return shouldHaveNoViolations("column \"c\" (7 rows)", "all values in [\"a\"]", mostly, allowed, found,
                "non-missing values", "were not", quoted).create(new TextDescription("Test"), STANDARD_REPRESENTATION);
    }

    @Test
    void should_create_a_strict_message_with_rows_and_values() {
        then(create(1.0, 0, TWO_OF_SIX, true)).isEqualTo(String.format("[Test] %n"
                + "Expecting actual:%n"
                + "  column \"c\" (7 rows)%n"
                + "to have all values in [\"a\"],%n"
                + "but 2 of 6 non-missing values (33.33%%) were not:%n"
                + "  row 2: \"x\"%n"
                + "  row 5: null"));
    }

    @Test
    void should_state_each_kind_of_tolerance() {
        then(create(0.995, 0, TWO_OF_SIX, false)).contains(String.format(
                "to have all values in [\"a\"] (mostly: at least 99.5%% of them conforming),%n"));
        then(create(1.0, 1, TWO_OF_SIX, false)).contains(String.format(
                "to have all values in [\"a\"] (allowing 1 violation),%n"));
        then(create(0.9, 3, TWO_OF_SIX, false)).contains(String.format(
                "to have all values in [\"a\"] (allowing 3 violations or at least 90%% of them conforming),%n"));
    }

    @Test
    void should_count_the_violations_not_listed() {
        Violations many = new Violations(100, 40, List.of(new Violation(7, "3.5")));

        then(create(1.0, 0, many, false)).endsWith(String.format(
                "but 40 of 100 non-missing values (40%%) were not:%n  row 7: 3.5%n  and 39 more"));
    }

    @Test
    void should_end_without_a_colon_when_no_example_is_listed() {
        Violations none = new Violations(3, 3, List.of());

        then(create(1.0, 0, none, false)).endsWith("but 3 of 3 non-missing values (100%) were not");
    }
}
