package dev.mlgate.examples.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.Unique;
import java.time.LocalDate;

/**
 * Guards the drift reference, the snapshot the production model was trained on, read from its Parquet copy
 * (data/reference.parquet, written from data/reference.csv by the mlgate-parquet module's
 * ExampleReferenceParquet): Parquet works like CSV, with its own types (INT64 ids, a DATE column, DOUBLE
 * measurements) checked against the record's before the scan. mlgate-parquet is a test dependency of this
 * module; without it the file would be refused with a message saying to add it.
 *
 * <p>Why these bounds: the snapshot is 51 rows, and a copy that lost rows is no longer the reference the
 * drift checks were tuned on; the measurements obey the same physical limits as the training data's.
 */
@DataContract(data = "data/reference.parquet")
@RowCount(min = 51, max = 51)
public record ReferenceSnapshotContract(
        @Unique long sample_id,
        @NotInFuture LocalDate intake_date,
        @Between(min = 0, max = 40) double mean_radius,
        @Between(min = 0, max = 60) double mean_texture,
        @NonNegative double mean_area,
        @Between(min = 0, max = 50) double worst_radius,
        @OneOf({"small", "medium", "large"}) String size_band,
        @OneOf({"malignant", "benign"}) String diagnosis) {
}
