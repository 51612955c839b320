package dev.mlgate.examples.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Check;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DateRange;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.NoDuplicateRows;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.Quantile;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.Unique;
import java.time.LocalDate;
import dev.mlgate.assertions.MlAssertions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Guards the training data before the model is trained on it. A row is one fine-needle aspirate of a
 * breast mass (the Wisconsin diagnostic data, see data/README.md).
 *
 * <p>Why these bounds: every feature is a measurement of cell nuclei and cannot be negative; radii
 * above 40 (the largest in the source is 28.1) mean a unit mix-up upstream, not a large tumour. The
 * mean radius of a training set sits near 14 (the whole source: 14.1); a mean outside 12 to 16 or a
 * median outside 11 to 15 means the sample is no longer the population the model is for. The row count
 * guards against a truncated export: the split holds 341 rows, and fewer than 300 would change what the
 * model learns. {@code sample_id} is the join key with predictions, so it must be unique, and an exact
 * duplicate row would weigh one patient twice. Intake dates come from the 2024 collection and cannot
 * lie in the future.
 *
 * <p>The {@code examples.scenario} parameter picks the data: unset reads {@code data/train.csv},
 * {@code broken} reads {@code data/broken/train.csv}, which has four deliberate defects.
 */
@DataContract(data = "data/${examples.scenario:-.}/train.csv", reference = "data/reference.csv")
@RowCount(min = 300, max = 10_000)
@NoDuplicateRows
public record TrainingDataContract(
        @Unique long sample_id,
        @NotInFuture @DateRange(from = "2024-01-01", to = "2024-12-31") LocalDate intake_date,
        @Between(min = 0, max = 40) @Mean(min = 12, max = 16) @Quantile(q = 0.5, min = 11, max = 15)
        @StandardDeviation(min = 2, max = 6) double mean_radius,
        @Between(min = 0, max = 60) double mean_texture,
        @NonNegative double mean_area,
        @Between(min = 0, max = 1) double mean_smoothness,
        @Between(min = 0, max = 50) double worst_radius,
        @OneOf({"small", "medium", "large"}) String size_band,
        @OneOf({"malignant", "benign"}) String diagnosis) {

    /**
     * Custom rules can use mlgate-assertions too: the worst radius of a mass is at least its mean
     * radius (the worst is the mean of the three largest nuclei), almost always, and the table is keyed
     * by sample and intake date.
     */
    @Check
    static void worstRadiusIsNeverBelowTheMeanRadius(Table train) {
        DoubleColumn excess = train.doubleColumn("worst_radius").subtract(train.doubleColumn("mean_radius"))
                .setName("worst_radius - mean_radius");
        MlAssertions.assertThat(excess).allowingViolations(1).allBetween(0, Double.POSITIVE_INFINITY);
        MlAssertions.assertThat(train).hasUniqueValuesAcross("sample_id", "intake_date");
    }

    /**
     * A custom rule over the whole table: a malignant mass is, on average, larger than a benign one. If
     * that ever flips, labels were swapped upstream, which no per-column constraint can see.
     */
    @Check
    static void malignantMassesAreLargerOnAverage(Table train) {
        double malignant = train.where(train.stringColumn("diagnosis").isEqualTo("malignant"))
                .doubleColumn("mean_radius").mean();
        double benign = train.where(train.stringColumn("diagnosis").isEqualTo("benign"))
                .doubleColumn("mean_radius").mean();
        if (!(malignant > benign)) {
            throw new AssertionError("mean radius of malignant masses (" + malignant + ") is not above that of benign"
                    + " ones (" + benign + "): are the labels swapped?");
        }
    }
}
