package dev.mlgate.contract.parallel;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Check;
import dev.mlgate.contract.ColumnPair;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DistinctCount;
import dev.mlgate.contract.Increasing;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.Median;
import dev.mlgate.contract.NoDrift;
import dev.mlgate.contract.NoDuplicateRows;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.Quantile;
import dev.mlgate.contract.RowRule;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.Unique;
import dev.mlgate.contract.UniqueTogether;
import dev.mlgate.contract.When;
import java.time.LocalDate;
import tech.tablesaw.api.Table;

/**
 * A contract over {@link ScaleData}'s thousands of rows (several batches of a parallel scan) whose
 * constraints fail on planted rows: nulls, NaN, duplicates, values out of range and out of order, a row
 * rule, conditional constraints, compound keys, drift against a reference and a custom rule.
 */
@DataContract(data = "${scale.data}", reference = "${scale.reference}")
@NoDuplicateRows(allowedViolations = 1_000_000)
@UniqueTogether(value = {"category", "code"}, mostly = 0.5)
@ColumnPair(left = "low", op = ColumnPair.Op.LESS_OR_EQUAL, right = "high", mostly = 0.5)
public record ScaleContract(
        @Unique(mostly = 0.5) @Increasing(mostly = 0.5) long id,
        @Nullable @Between(min = 0, max = 100, mostly = 0.5) @Mean(min = 0, max = 100)
        @StandardDeviation(min = 0, max = 100) @Quantile(q = 0.9, min = 0, max = 100) @Median(min = 0, max = 100)
        @NoDrift Double score,
        @OneOf(value = {"a", "b", "c"}, mostly = 0.5) @DistinctCount(min = 1, max = 3) @NoDrift String category,
        @Nullable @Matches(value = "^x[0-9]+$", mostly = 0.5) String code,
        @Nullable @When("isA") @Between(min = 0, max = 10, mostly = 0.5) Integer small,
        @When(column = "category", in = {"b"}) @Between(min = 0, max = 50, mostly = 0.5) double low,
        double high,
        @Nullable LocalDate day) {

    static boolean isA(ScaleContract row) {
        return "a".equals(row.category());
    }

    @RowRule(mostly = 0.5)
    static boolean lowBelowScore(ScaleContract row) {
        return row.score() == null || row.low() <= row.score();
    }

    @Check(columns = {"score", "category"})
    static void rowsAreThere(Table table) {
        if (table.rowCount() == 0) {
            throw new AssertionError("no rows");
        }
    }
}
