package dev.mlgate.examples.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain Jupiter checks of the example model's determinism and input handling (the gates live in the mlgate suites). */
class TumourModelTest {

    private static final Path TRAIN = Path.of("data/train.csv");
    private static final Path EVAL = Path.of("data/eval.csv");

    @Test
    void sameSeedGivesByteIdenticalPredictions(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        TumourModel.train(TRAIN, 20240601).writePredictions(EVAL, first);
        TumourModel.train(TRAIN, 20240601).writePredictions(EVAL, second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        List<String> lines = Files.readAllLines(first);
        assertThat(lines.get(0)).isEqualTo("sample_id,diagnosis,p_malignant,size_band");
        assertThat(lines).hasSize(143);
        assertThat(lines.get(1)).matches("\\d+,(malignant|benign),[01]\\.\\d{10},(small|medium|large)");
    }

    @Test
    void standardiserIsFittedOnTrainingRowsOnly() {
        TumourModel model = TumourModel.train(TRAIN, 1);
        double sum = 0;
        List<CsvRows.Row> rows = CsvRows.read(TRAIN);
        for (CsvRows.Row row : rows) {
            sum += Double.parseDouble(row.get("mean_radius"));
        }
        assertThat(model.standardizer().parameters().get("mean_radius")[0])
                .isCloseTo(sum / rows.size(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void labelNoiseFlipsExactlyTheRequestedShareReproducibly() {
        List<String> labels = new ArrayList<>(Collections.nCopies(100, Features.BENIGN));
        List<String> flipped = LabelNoise.flip(labels, 0.3, 7);

        assertThat(flipped).filteredOn(Features.MALIGNANT::equals).hasSize(30);
        assertThat(LabelNoise.flip(labels, 0.3, 7)).isEqualTo(flipped);
        assertThat(LabelNoise.flip(labels, 0.0, 7)).isEqualTo(labels);
    }

    @Test
    void refusesTheBrokenTrainingFileNamingLineAndColumn() {
        assertThatThrownBy(() -> TumourModel.train(Path.of("data/broken/train.csv"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 22")
                .hasMessageContaining("'diagnosis'");
    }
}
