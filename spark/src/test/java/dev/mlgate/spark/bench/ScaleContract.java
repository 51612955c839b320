package dev.mlgate.spark.bench;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DistinctCount;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.Median;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.Positive;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.TrueRate;
import dev.mlgate.contract.Unique;
import java.time.LocalDate;

/** The scale run's contract over {@link ScaleRun}'s generated Parquet: every per-value family at 50M rows. */
@DataContract(data = "${scale.data}")
@RowCount(min = 50_000_000)
public record ScaleContract(
        @Unique @Positive long id,
        @Positive @DistinctCount(min = 900_000, max = 1_000_000) long customer,
        @Between(min = 18, max = 95) @Median(min = 30, max = 50) int age,
        @Nullable @Between(min = 0, max = 10_000) @Mean(min = 400, max = 600) @StandardDeviation(min = 100, max = 400)
        Double amount,
        @OneOf({"DE", "FR", "US", "GB"}) String country,
        @Matches("^u\\d+@example\\.com$") String email,
        @TrueRate(min = 0.6, max = 0.8) boolean active,
        @NotInFuture LocalDate day) {
}
