package dev.mlgate.examples.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Check;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.Unique;
import java.time.LocalDate;
import tech.tablesaw.api.Table;

/**
 * Guards the training data before the model is trained on it. A row is one fine-needle aspirate of a
 * breast mass (the Wisconsin diagnostic data, see data/README.md).
 *
 * <p>Why these bounds: every feature is a measurement of cell nuclei and cannot be negative; radii
 * above 40 (the largest in the source is 28.1) mean a unit mix-up upstream, not a large tumour. The row
 * count guards against a truncated export: the training split holds 341 rows, and fewer than 300
 * would change what the model learns. {@code sample_id} is the join key with predictions, so it must
 * be unique.
 *
 * <p>The {@code examples.scenario} parameter picks the data: unset reads {@code data/train.csv},
 * {@code broken} reads {@code data/broken/train.csv}, which has four deliberate defects.
 */
@DataContract(data = "data/${examples.scenario:-.}/train.csv", reference = "data/reference.csv")
@RowCount(min = 300, max = 10_000)
public record TrainingDataContract(
        @Unique long sample_id,
        LocalDate intake_date,
        @Between(min = 0, max = 40) double mean_radius,
        @Between(min = 0, max = 60) double mean_texture,
        @Between(min = 0) double mean_area,
        @Between(min = 0, max = 1) double mean_smoothness,
        @Between(min = 0, max = 50) double worst_radius,
        String size_band,
        String diagnosis) {

    /** The label must be one of the two classes the model knows; anything else would be silently dropped. */
    @Check
    static void diagnosisIsMalignantOrBenign(Table train) {
        long unknown = train.stringColumn("diagnosis").asList().stream()
                .filter(label -> !"malignant".equals(label) && !"benign".equals(label))
                .count();
        if (unknown > 0) {
            throw new AssertionError(unknown + " rows have a diagnosis other than malignant or benign");
        }
    }
}
