package dev.mlgate.benchmarks.customers;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Column;
import dev.mlgate.contract.Completeness;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DateRange;
import dev.mlgate.contract.Length;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.Median;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.TrueRate;
import dev.mlgate.contract.Unique;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The realistic benchmark's contract over {@link CustomerData}'s 22 columns: 25 ordinary checks of the
 * kind a team writes first (uniqueness of ids and e-mails, regexes on e-mails, phones and zip codes, set
 * membership, ranges, completeness of nullable columns, dates not in the future, a rate, a mean, a
 * standard deviation and an exact median), plus the schema that every record implies (each column
 * present, typed, and non-null unless {@code @Nullable}). {@code realistic/pandas_checks.py} does the
 * same checks in pandas; {@code realistic/run.sh} times both as whole processes.
 */
@DataContract(data = "${bench.data}")
@RowCount(min = 900_000)
public record CustomerContract(
        @Column("customer_id") @Unique long customerId,
        @Between(min = 18, max = 100) @Mean(min = 35, max = 50) int age,
        @Nullable @Completeness(min = 0.95) @Unique(mostly = 0.99)
        @Matches(value = "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", mostly = 0.99) String email,
        @OneOf({"US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "BR"}) String country,
        @Nullable @Completeness(min = 0.9) @NonNegative Double income,
        @Column("signup_date") @NotInFuture(mostly = 0.999) @DateRange(from = "2012-01-01", to = "2025-12-31", mostly = 0.999)
        LocalDate signupDate,
        @Column("last_login") @NotInFuture LocalDateTime lastLogin,
        @Column("is_active") @TrueRate(min = 0.6, max = 0.8) boolean isActive,
        @OneOf({"free", "basic", "pro", "enterprise"}) String plan,
        @Column("order_count") @NonNegative int orderCount,
        @Column("credit_score") @Between(min = 300, max = 850) @StandardDeviation(min = 60, max = 100) int creditScore,
        @Matches(value = "^(\\+1 \\d{3}-|\\(\\d{3}\\) )\\d{3}-\\d{4}$", mostly = 0.995) String phone,
        @Matches(value = "^\\d{5}(-\\d{4})?$", mostly = 0.995) String zip,
        @Column("total_spent") @NonNegative @Median(min = 300, max = 800) double totalSpent,
        @Column("first_name") @Length(min = 1, max = 40) String firstName,
        @Column("last_name") String lastName,
        String city,
        @Column("referral_code") @Nullable String referralCode,
        @Column("discount_rate") @Nullable @Between(min = 0, max = 0.5, mostly = 0.99) Double discountRate,
        boolean newsletter,
        @Column("churn_risk") @Between(min = 0, max = 1) double churnRisk,
        @Column("account_manager") String accountManager) {
}
