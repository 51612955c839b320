package dev.mlgate.assertions.error;

import static dev.mlgate.assertions.error.ShouldHaveStatisticBetween.shouldHaveStatisticBetween;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveStatisticBetween_create_Test {

    @Test
    void should_create_error_message() {
        String message = shouldHaveStatisticBetween("column \"x\" (3 rows)", "a mean", 0, 1, 1.5)
                .create(new TextDescription("Test"), STANDARD_REPRESENTATION);

        then(message).isEqualTo(String.format("[Test] %nExpecting actual:%n  column \"x\" (3 rows)%n"
                + "to have a mean between 0.0 and 1.0,%nbut it was 1.5"));
    }

    @Test
    void should_create_error_message_for_a_column_without_values() {
        String message = shouldHaveStatisticBetween("column \"x\" (0 rows)", "a 0.5-quantile", 0, 1, Double.NaN)
                .create(new TextDescription("Test"), STANDARD_REPRESENTATION);

        then(message).isEqualTo(String.format("[Test] %nExpecting actual:%n  column \"x\" (0 rows)%n"
                + "to have a 0.5-quantile between 0.0 and 1.0,%nbut it is undefined: the column has no non-missing value"));
    }
}
