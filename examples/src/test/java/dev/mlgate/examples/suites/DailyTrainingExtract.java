package dev.mlgate.examples.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.Unique;
import dev.mlgate.history.NoAnomaly.Strategy;
import dev.mlgate.history.NoAnomaly;

/**
 * Today's extract of labelled training data, watched against its own history in the metrics repository
 * ({@code mlgate.repository}, target/mlgate-history in this module). Labelled data only accumulates, so the
 * extract may not shrink by more than 60 rows from one run to the next (Deequ's absolute change strategy,
 * maximum decrease 60, no maximum increase): a shrinking extract means the upstream export lost rows. The
 * first run passes, stating that it has no history. {@code examples.extract} picks another day's file, as the
 * lifecycle test does with a generated week ({@code WeekOfExtracts}).
 */
@DataContract(data = "${examples.extract:-data/train.csv}")
@RowCount(min = 100)
@NoAnomaly(strategy = Strategy.ABSOLUTE_CHANGE, lower = -60)
public record DailyTrainingExtract(@Unique long sample_id, @Between(min = 0, max = 40) double mean_radius) {
}
