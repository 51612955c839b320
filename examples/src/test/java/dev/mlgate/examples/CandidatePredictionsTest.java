package dev.mlgate.examples;

import static dev.mlgate.assertions.MlAssertions.assertThat;

import dev.mlgate.assertions.Comparison;
import dev.mlgate.assertions.SoftMlAssertions;
import dev.mlgate.metrics.BinaryScores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A plain JUnit Jupiter test using mlgate-assertions on the build's candidate predictions: the same
 * numbers as the gates, for a developer who wants them next to the model code.
 */
class CandidatePredictionsTest {

    private static final Path CANDIDATE = Path.of("target/eval/candidate-predictions.csv");
    private static final Path PRODUCTION = Path.of("models/production/eval-predictions.csv");

    private static BinaryScores scores(Table predictions) {
        boolean[] malignant = new boolean[predictions.rowCount()];
        for (int row = 0; row < malignant.length; row++) {
            malignant[row] = predictions.stringColumn("diagnosis").get(row).equals("malignant");
        }
        return BinaryScores.of(predictions.doubleColumn("p_malignant").asDoubleArray(), malignant);
    }

    private static Table read(Path file) {
        return Table.read().csv(file.toFile()).sortAscendingOn("sample_id");
    }

    @Test
    void the_predictions_file_is_well_formed() {
        Table candidate = read(CANDIDATE);

        SoftMlAssertions.assertSoftly(softly -> {
            softly.assertThat(candidate).hasRowCount(142).hasColumns("sample_id", "diagnosis", "p_malignant")
                    .hasUniqueValuesAcross("sample_id");
            softly.assertThat(candidate.column("p_malignant")).hasNoMissingValues().allBetween(0, 1);
            softly.assertThat(candidate.column("diagnosis")).allIn("malignant", "benign");
        });
    }

    @Test
    void the_candidate_ranks_well_and_beats_production_beyond_chance() {
        BinaryScores candidate = scores(read(CANDIDATE));
        BinaryScores production = scores(read(PRODUCTION));

        assertThat(candidate).rocAuc().isGreaterThanOrEqualTo(0.97);
        assertThat(candidate).rocAucInterval(0.95).lowerBoundIsAtLeast(0.95);
        assertThat(candidate).recallAt(0.5).isGreaterThanOrEqualTo(0.9);
        assertThat(Comparison.of(candidate, production)).isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05);
    }
}
