package dev.mlgate.examples.scoring;

import dev.mlgate.examples.model.TumourModel;
import dev.mlgate.quality.Scorer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Scores evaluation rows in-process with the Tribuo model, trained here with the same data and seed as
 * the build's candidate, so a model that lives in Java is gated without writing a predictions file.
 */
public class TumourScorer implements Scorer.Binary {

    /** The build's seed (examples.seed in pom.xml): the same model as the candidate predictions file. */
    static final long SEED = 20240601L;

    private final TumourModel model = TumourModel.train(Path.of("data/train.csv"), SEED);

    @Override
    public double score(Map<String, String> row) {
        return model.probabilityMalignant(row);
    }
}
