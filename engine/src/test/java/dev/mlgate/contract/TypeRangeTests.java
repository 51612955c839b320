package dev.mlgate.contract;

import static dev.mlgate.contract.ContractConstraintsTests.outcomes;
import static dev.mlgate.contract.ContractConstraintsTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.fixtures.NarrowTypesContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value the component's Java type cannot hold is a type violation, never a silently wrapped number. */
class TypeRangeTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            i | int, an integer from -2147483648 to 2147483647 | '3000000000' | '-2147483649'
            s | short, an integer from -32768 to 32767 | '40000' | '-32769'
            b | byte, an integer from -128 to 127 | '300' | '-129'
            f | float, a decimal number of magnitude at most 3.4028235E38 | '1e39' | '-1e39'
            l | integer | '9223372036854775808' | '-9223372036854775809'
            d | decimal number | '1e400' | '-1e400'
            """)
    void overflow_is_a_type_violation_naming_file_column_rows_and_values(String column, String type,
            String above, String below) {
        String article = type.startsWith("int") ? "an " : "a ";
        assertThat(outcomes(run(NarrowTypesContract.class, "2025-06-30"))).containsEntry(column + ".type",
                "FAILED overflow.csv column '" + column + "': 2 of 5 non-null values (40.00%) cannot be read as "
                        + article + type + " (tolerated: none); examples (row, line: value): 2, line 3: " + above
                        + ", 5, line 6: " + below);
    }

    @Test
    void a_custom_rule_sees_such_a_value_as_missing() {
        assertThat(outcomes(run(NarrowTypesContract.class, "2025-06-30")))
                .containsEntry("overflowIsMissingInTheTable", "SUCCESSFUL");
    }
}
