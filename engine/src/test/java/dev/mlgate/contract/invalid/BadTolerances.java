package dev.mlgate.contract.invalid;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Column;
import dev.mlgate.contract.Completeness;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DateRange;
import dev.mlgate.contract.Length;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.Mostly;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.Positive;
import dev.mlgate.contract.Unique;
import dev.mlgate.contract.UniqueTogether;
import java.time.LocalDate;

/** A tolerance outside its range on every annotation that takes one. */
@DataContract(data = "people.csv")
@UniqueTogether(value = {"a", "b"}, mostly = 2)
public record BadTolerances(
        @Between(min = 0, max = 1, mostly = 1.5) double a,
        @OneOf(value = "x", allowedViolations = -1) String b,
        @Matches(value = "x", mostly = 1.01) String c,
        @Unique(mostly = -0.1) long d,
        @Length(max = 3, allowedViolations = -2) String e,
        @NotInFuture(mostly = 2) LocalDate f,
        @DateRange(from = "2020-01-01", mostly = -1) LocalDate g,
        @Positive(mostly = 3) double h,
        @NonNegative(allowedViolations = -1) double i) {

    /** A default tolerance outside (0, 1], with and without a constraint that would use it. */
    @DataContract(data = "people.csv")
    public record BadMostly(
            @Mostly(2.0) double unused,
            @Mostly(Double.NaN) double notANumber,
            @Mostly(0) @Between(min = 0, max = 1) double zero,
            @Mostly(-0.5) @Between(min = 0, max = 1, mostly = 0.9) double negative) {
    }

    /** @Completeness on components that cannot be null: their not-null check would fail on any null. */
    @DataContract(data = "people.csv")
    public record CompletenessWithoutNullable(@Completeness(min = 0.9) String email,
            @Completeness(min = 0.5) double score) {
    }

    /** Blank column names. */
    @DataContract(data = "people.csv")
    public record BlankColumn(@Column("") long id, @Column(" ") String name) {
    }
}
