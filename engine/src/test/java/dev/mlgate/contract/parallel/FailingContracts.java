package dev.mlgate.contract.parallel;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.RowRule;
import dev.mlgate.contract.When;
import java.time.LocalDate;

/** Contracts over {@link ScaleData} whose user code fails on one row, as a worker of a parallel scan sees it. */
final class FailingContracts {

    private FailingContracts() {
    }

    /** A {@code @When} condition that throws from the row with id 3001 on: the suite fails naming it. */
    @DataContract(data = "${scale.data}")
    record ThrowingCondition(long id, @Nullable Double score, String category, @Nullable String code,
            @Nullable Integer small, @When("explodes") @Between(min = 0, max = 50) double low, double high,
            @Nullable LocalDate day) {

        static boolean explodes(ThrowingCondition row) {
            if (row.id() >= 3001) {
                throw new IllegalStateException("no row 3001");
            }
            return true;
        }
    }

    /** A row rule that runs out of memory on the row with id 2500: the suite fails as out of memory. */
    @DataContract(data = "${scale.data}")
    record ExhaustingRule(long id, @Nullable Double score, String category, @Nullable String code,
            @Nullable Integer small, @Between(min = 0, max = 50) double low, double high, @Nullable LocalDate day) {

        @RowRule
        static boolean exhausts(ExhaustingRule row) {
            if (row.id() == 2500) {
                throw new OutOfMemoryError("simulated");
            }
            return true;
        }
    }
}
