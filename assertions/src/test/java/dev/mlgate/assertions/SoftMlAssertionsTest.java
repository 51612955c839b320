package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.ONE_CLASS;
import static dev.mlgate.assertions.Fixtures.OTHER_SCORES;
import static dev.mlgate.assertions.Fixtures.REGRESSION;
import static dev.mlgate.assertions.Fixtures.SCORES;
import static dev.mlgate.assertions.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.mlgate.metrics.BinaryScores;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@ExtendWith(SoftAssertionsExtension.class)
class SoftMlAssertionsTest {

    private static final Table PEOPLE = Table.create("people", IntColumn.create("id", 1, 2, 3),
            DoubleColumn.create("age", new double[] {34, -1, 29}), StringColumn.create("country", "DE", "FR", "US"));

    @InjectSoftAssertions
    private SoftMlAssertions injected;

    @Test
    void should_collect_every_failure_including_those_found_while_navigating() {
        SoftMlAssertions softly = new SoftMlAssertions();

        softly.assertThat(PEOPLE).hasRowCount(4).hasColumns("id");                    // 1: row count
        softly.assertThat(PEOPLE).column("email").hasNoMissingValues().allMatch("@"); // 2: no such column, once
        softly.assertThat(PEOPLE).column("age").allBetween(0, 120);                   // 3: row 2
        softly.assertThat(PEOPLE.column("country")).allIn("DE", "FR", "US");          // passes
        softly.assertThat(SCORES).rocAuc().isGreaterThanOrEqualTo(0.85);              // 4: the metric
        softly.assertThat(ONE_CLASS).rocAuc().isGreaterThan(0.5).isLessThan(1.0);      // 5: undefined, once
        softly.assertThat(SCORES).rocAucInterval(0.95).lowerBound().isGreaterThan(0.85); // 6: the bound
        softly.assertThat(REGRESSION).rmse().isLessThan(2);                            // passes
        softly.assertThat(SCORES).comparedTo(OTHER_SCORES)
                .isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.05);                 // 7: the comparison
        softly.assertThat(List.of(1, 2)).hasSize(3);                                   // 8: AssertJ's own

        List<AssertionError> errors = softly.assertionErrorsCollected();
        assertThat(errors).hasSize(8);
        // AssertJ ends each collected message with the failure's location (the line of this test) after the
        // message's own last line break
        assertThat(errors).extracting(error -> location(error.getMessage()))
                .allMatch(location -> location.startsWith(lines("", "at SoftMlAssertionsTest.should_collect_every_failure")));
        assertThat(errors).extracting(error -> withoutLocation(error.getMessage())).containsExactly(
                lines("", "Expecting actual:", "  table \"people\" (3 rows, 3 columns)", "to have 4 rows but had 3"),
                lines("", "Expecting actual:", "  table \"people\" (3 rows, 3 columns)", "to have columns:",
                        "  [\"email\"]", "but could not find:", "  [\"email\"]", "in:", "  [\"id\", \"age\", \"country\"]"),
                lines("", "Expecting actual:", "  column \"age\" (3 rows)", "to have all values between 0.0 and 120.0,",
                        "but 1 of 3 non-missing values (33.33%) were outside the range:", "  row 2: -1.0"),
                lines("[roc_auc] ", "Expecting actual:", "  0.6944444444444444", "to be greater than or equal to:",
                        "  0.85"),
                lines("", "Expecting actual:", "  BinaryScores[rows=3, positives=0, negatives=3]",
                        "to have a defined roc_auc,",
                        "but ROC AUC is undefined: the evaluation rows hold only one class (positive: 0, negative: 3)"),
                lines("[roc_auc lower bound] ", "Expecting actual:", "  0.30486111111111125", "to be greater than:",
                        "  0.85"),
                lines("", "Expecting actual:", "  candidate roc_auc = 0.6944444444444444 versus baseline roc_auc = "
                        + "0.7916666666666666 (higher is better)", "not to be worse than the baseline by more than 0.05,",
                        "but it was worse by 0.09722222222222221"),
                lines("", "Expected size: 3 but was: 2 in:", "[1, 2]"));
    }

    private static String location(String message) {
        return message.substring(message.lastIndexOf(System.lineSeparator() + "at "));
    }

    private static String withoutLocation(String message) {
        return message.substring(0, message.lastIndexOf(System.lineSeparator() + "at "));
    }

    @Test
    void should_report_all_collected_failures_at_the_end_of_assert_softly() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> SoftMlAssertions.assertSoftly(softly -> {
            softly.assertThat(PEOPLE).hasRowCountBetween(10, 20);
            softly.assertThat(PEOPLE).column("age").hasMeanBetween(0, 10);
        })).withMessageStartingWith(lines("", "Multiple Failures (2 failures)"))
                .withMessageContaining("to have between 10 and 20 rows but had 3")
                .withMessageContaining("to have a mean between 0.0 and 10.0,");
    }

    @Test
    void should_not_fail_when_every_soft_assertion_holds() {
        SoftMlAssertions softly = new SoftMlAssertions();

        softly.assertThat(PEOPLE).hasRowCount(3).column("id").hasUniqueValues();
        softly.assertThat(SCORES).accuracyAt(0.6).isGreaterThan(0.5);

        assertThat(softly.assertionErrorsCollected()).isEmpty();
        assertThat(softly.wasSuccess()).isTrue();
    }

    @Test
    void should_be_injected_by_assertj_s_jupiter_extension() {
        assertThat(injected).isNotNull();
        injected.assertThat(PEOPLE).hasExactlyColumns("id", "age", "country").column("id").hasNoMissingValues();

        assertThat(injected.wasSuccess()).isTrue();
        assertThat(injected.assertionErrorsCollected()).isEmpty();
    }
}
