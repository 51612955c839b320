package dev.mlgate.examples.model;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example repository's candidate model: multinomial logistic regression (Tribuo
 * {@link LinearSGDTrainer} with {@link LogMulticlass} loss and AdaGrad) on the 30 standardised WDBC
 * features, predicting {@code P(diagnosis = malignant)}.
 *
 * <p>Training is deterministic: the standardiser is fitted on the training rows only, in file order,
 * and Tribuo's SGD shuffles with a generator seeded from {@code seed}; the same training file and seed
 * give the same model, and {@link #writePredictions} writes byte-identical files.
 */
public final class TumourModel {

    /** SGD passes over the training data. */
    public static final int EPOCHS = 30;
    /** AdaGrad initial learning rate. */
    public static final double LEARNING_RATE = 0.5;

    private static final String[] FEATURE_NAMES = Features.NAMES.toArray(String[]::new);
    /** Keeps Tribuo's java.util.logging quiet inside the Maven build; held so the setting is not collected. */
    private static final Logger TRIBUO_LOGGER = Logger.getLogger("org.tribuo");

    private final Standardizer standardizer;
    private final Model<Label> model;

    private TumourModel(Standardizer standardizer, Model<Label> model) {
        this.standardizer = standardizer;
        this.model = model;
    }

    /** Trains on {@code trainCsv} (the columns of {@code examples/data/train.csv}) with the given seed. */
    public static TumourModel train(Path trainCsv, long seed) {
        return train(trainCsv, seed, 0.0);
    }

    /**
     * Trains on {@code trainCsv} after flipping a seeded {@code flipFraction} of its labels (see
     * {@link LabelNoise}); {@code 0.0} trains on the file as it is. A non-zero fraction exists only to
     * produce a deliberately regressed candidate.
     */
    public static TumourModel train(Path trainCsv, long seed, double flipFraction) {
        quietTribuo();
        List<CsvRows.Row> rows = CsvRows.read(trainCsv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(trainCsv + ": no training rows");
        }
        List<double[]> features = new ArrayList<>(rows.size());
        List<String> labels = new ArrayList<>(rows.size());
        for (CsvRows.Row row : rows) {
            features.add(rawFeatures(trainCsv, row));
            labels.add(label(trainCsv, row));
        }
        if (flipFraction != 0.0) {
            labels = LabelNoise.flip(labels, flipFraction, seed);
        }
        Standardizer standardizer = Standardizer.fit(Features.NAMES, features);

        LabelFactory factory = new LabelFactory();
        var provenance = new SimpleDataSourceProvenance(trainCsv.getFileName().toString(),
                OffsetDateTime.of(2024, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC), factory);
        MutableDataset<Label> dataset = new MutableDataset<>(provenance, factory);
        for (int i = 0; i < rows.size(); i++) {
            dataset.add(example(new Label(labels.get(i)), standardizer.apply(features.get(i))));
        }
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1),
                EPOCHS, -1, 1, seed);
        return new TumourModel(standardizer, trainer.train(dataset));
    }

    /** {@code P(malignant)} for one row holding the 30 feature columns as text (other columns are ignored). */
    public double probabilityMalignant(Map<String, String> row) {
        double[] raw = new double[FEATURE_NAMES.length];
        for (int j = 0; j < raw.length; j++) {
            String text = row.get(FEATURE_NAMES[j]);
            if (text == null) {
                throw new IllegalArgumentException("row has no column '" + FEATURE_NAMES[j] + "'");
            }
            raw[j] = Double.parseDouble(text.strip());
        }
        return probabilityMalignant(raw);
    }

    /** {@code P(malignant)} for raw (unstandardised) feature values in the order of {@link Features#NAMES}. */
    public double probabilityMalignant(double[] rawFeatures) {
        if (rawFeatures.length != FEATURE_NAMES.length) {
            throw new IllegalArgumentException(
                    "expected " + FEATURE_NAMES.length + " features, got " + rawFeatures.length);
        }
        var prediction = model.predict(example(LabelFactory.UNKNOWN_LABEL, standardizer.apply(rawFeatures)));
        Label malignant = prediction.getOutputScores().get(Features.MALIGNANT);
        return malignant == null ? 0.0 : malignant.getScore();
    }

    /**
     * Scores every row of {@code evalCsv} and writes {@code sample_id,diagnosis,p_malignant,size_band}
     * to {@code out} (rows in {@code sample_id} order, probabilities with 10 decimals, LF line ends),
     * through a temporary file and an atomic move.
     */
    public void writePredictions(Path evalCsv, Path out) {
        List<CsvRows.Row> rows = new ArrayList<>(CsvRows.read(evalCsv));
        rows.sort(Comparator.comparingLong(r -> Long.parseLong(r.get(Features.SAMPLE_ID).strip())));
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(out.getFileName() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("sample_id,diagnosis,p_malignant,size_band\n");
                for (CsvRows.Row row : rows) {
                    double p = probabilityMalignant(rawFeatures(evalCsv, row));
                    w.write(row.get(Features.SAMPLE_ID) + ',' + row.get(Features.LABEL) + ','
                            + String.format(Locale.ROOT, "%.10f", p) + ',' + row.get(Features.SIZE_BAND) + '\n');
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** The trained Tribuo model, which reads standardised features. */
    Model<Label> tribuoModel() {
        return model;
    }

    /** The standardiser fitted on the training rows. */
    public Standardizer standardizer() {
        return standardizer;
    }

    /**
     * Trains and writes eval predictions.
     * Arguments: {@code TRAIN_CSV EVAL_CSV OUT_CSV SEED [--flip-labels FRACTION]}.
     */
    public static void main(String[] args) {
        if (args.length != 4 && !(args.length == 6 && "--flip-labels".equals(args[4]))) {
            throw new IllegalArgumentException(
                    "usage: TumourModel TRAIN_CSV EVAL_CSV OUT_CSV SEED [--flip-labels FRACTION]");
        }
        double flip = args.length == 6 ? Double.parseDouble(args[5]) : 0.0;
        TumourModel model = train(Path.of(args[0]), Long.parseLong(args[3]), flip);
        model.writePredictions(Path.of(args[1]), Path.of(args[2]));
    }

    private static ArrayExample<Label> example(Label label, double[] standardised) {
        return new ArrayExample<>(label, FEATURE_NAMES, standardised);
    }

    private static double[] rawFeatures(Path file, CsvRows.Row row) {
        double[] raw = new double[FEATURE_NAMES.length];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = CsvRows.number(file, row, FEATURE_NAMES[j]);
        }
        return raw;
    }

    private static String label(Path file, CsvRows.Row row) {
        String label = row.get(Features.LABEL);
        if (!Features.MALIGNANT.equals(label) && !Features.BENIGN.equals(label)) {
            throw new IllegalArgumentException(file + ": line " + row.line() + ", column '" + Features.LABEL
                    + "': expected 'malignant' or 'benign', got '" + label + "'");
        }
        return label;
    }

    private static void quietTribuo() {
        if (TRIBUO_LOGGER.getLevel() == null || TRIBUO_LOGGER.getLevel().intValue() < Level.WARNING.intValue()) {
            TRIBUO_LOGGER.setLevel(Level.WARNING);
        }
    }
}
