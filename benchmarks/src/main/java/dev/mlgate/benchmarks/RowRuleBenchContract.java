package dev.mlgate.benchmarks;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Column;
import dev.mlgate.contract.Completeness;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DateRange;
import dev.mlgate.contract.Length;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.Maximum;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.Minimum;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.Positive;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.RowRule;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.TrueRate;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@link BoundedBenchContract} plus one cross-column {@link RowRule}: every constraint of that contract,
 * the same annotations, and a rule reading five columns of the typed row. Benchmarked against
 * {@link BoundedBenchContract} to state what a row rule costs (building the record per row and calling
 * the rule); keep the two component lists identical.
 */
@DataContract(data = "${bench.data}")
@RowCount(min = 1_000)
public record RowRuleBenchContract(
        @Positive long id,
        @Column("customer_id") @Positive long customerId,
        @Between(min = 0, max = 120) @Mean(min = 35, max = 50) int age,
        @Nullable @NonNegative @Completeness(min = 0.95) @Mean(min = 35_000, max = 70_000)
        @StandardDeviation(min = 20_000, max = 60_000) Double income,
        @Between(min = 0, max = 1, mostly = 0.99) double score,
        @Minimum(min = -5_000, max = 0) @Maximum(min = 2_000, max = 5_000)
        @StandardDeviation(population = true, min = 450, max = 550) double balance,
        @OneOf(value = {"DE", "FR", "US", "GB", "ES", "IT"}, mostly = 0.98) String country,
        Segment segment,
        @Nullable @Completeness(min = 0.95) @Matches(value = "^[^@\\s]+@[^@\\s]+$", mostly = 0.99) String email,
        @Length(min = 2, max = 20, mostly = 0.99) String name,
        @NotInFuture(mostly = 0.99) @DateRange(from = "2015-01-01", to = "2025-12-31", mostly = 0.99) LocalDate signup,
        @TrueRate(min = 0.6, max = 0.8) boolean active,
        @NonNegative @Mean(min = 15, max = 35) int clicks,
        @Matches(value = "^[A-Z]{2}-\\d{3}$", mostly = 0.999) String region,
        @Column("tenure_days") @Between(min = 0, max = 5_000) long tenureDays,
        @Nullable @Between(min = 1, max = 5) @Completeness(min = 0.9) Integer rating,
        @Column("updated_at") @NotInFuture LocalDateTime updatedAt,
        @OneOf({"ios", "android", "web"}) String device,
        @Nullable @Between(min = 0, max = 0.5, mostly = 0.99) @Completeness(min = 0.85) Double discount,
        @TrueRate(min = 0.1, max = 0.3) boolean churned) {

    /**
     * An account is updated on or after its signup day, and a discount is only given to active customers
     * or those with a rating; the generated data violates it on some rows (signups in 2025 and 2030).
     */
    @RowRule(mostly = 0.5)
    static boolean updatedAfterSignup(RowRuleBenchContract row) {
        return !row.updatedAt().toLocalDate().isBefore(row.signup())
                && (row.discount() == null || row.active() || row.rating() != null);
    }
}
