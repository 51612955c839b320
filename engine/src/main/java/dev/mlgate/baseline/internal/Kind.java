package dev.mlgate.baseline.internal;

import static dev.mlgate.baseline.Test.AUTO;
import static dev.mlgate.baseline.Test.BOOTSTRAP;
import static dev.mlgate.baseline.Test.DELONG;
import static dev.mlgate.baseline.Test.MCNEMAR;
import static dev.mlgate.baseline.Test.MCNEMAR_CHI_SQUARED;
import static dev.mlgate.baseline.Test.MCNEMAR_CHI_SQUARED_CORRECTED;
import static dev.mlgate.baseline.Test.PAIRED_T;
import static dev.mlgate.baseline.Test.WILCOXON;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a comparison compares, as its declared columns say (the rules of {@code @ModelQuality}): each kind
 * has one evaluation view its gates take, the columns holding each model's predictions, and the tests that
 * fit it.
 */
enum Kind {

    /** A label and a positive-class score. */
    BINARY(BinaryScores.class, "a binary comparison (label + score)",
            EnumSet.of(AUTO, DELONG, MCNEMAR, MCNEMAR_CHI_SQUARED_CORRECTED, MCNEMAR_CHI_SQUARED, BOOTSTRAP)),
    /** A numeric label and a numeric prediction. */
    REGRESSION(RegressionPredictions.class, "a regression comparison (label + prediction)",
            EnumSet.of(AUTO, PAIRED_T, WILCOXON, BOOTSTRAP)),
    /** A class label and a predicted-class column. */
    MULTICLASS_PREDICTED(MulticlassPredictions.class, "a multiclass comparison (label + prediction + classes)",
            EnumSet.of(AUTO, MCNEMAR, MCNEMAR_CHI_SQUARED_CORRECTED, MCNEMAR_CHI_SQUARED, BOOTSTRAP)),
    /** A class label and one probability column per class. */
    MULTICLASS_PROBABILITIES(MulticlassPredictions.class,
            "a multiclass comparison (label + probabilities + classes)",
            EnumSet.of(AUTO, MCNEMAR, MCNEMAR_CHI_SQUARED_CORRECTED, MCNEMAR_CHI_SQUARED, BOOTSTRAP));

    private final Class<?> viewType;
    private final String description;
    private final Set<Test> tests;

    Kind(Class<?> viewType, String description, Set<Test> tests) {
        this.viewType = viewType;
        this.description = description;
        this.tests = tests;
    }

    /**
     * The kind the declared columns make, or null when they make none (or several); a candidate model file's
     * is its task (a multiclass model gives probabilities).
     */
    static Kind of(BaselineComparison c) {
        if (modelled(c)) {
            return switch (c.task()) {
                case BINARY -> BINARY;
                case REGRESSION -> REGRESSION;
                case MULTICLASS -> MULTICLASS_PROBABILITIES;
            };
        }
        boolean score = !c.score().isBlank();
        boolean prediction = !c.prediction().isBlank();
        boolean probabilities = c.probabilities().length > 0;
        boolean classes = c.classes().length > 0;
        if (score) {
            return prediction || probabilities || classes ? null : BINARY;
        }
        if (probabilities) {
            return classes && !prediction ? MULTICLASS_PROBABILITIES : null;
        }
        if (prediction) {
            return classes ? MULTICLASS_PREDICTED : REGRESSION;
        }
        return null;
    }

    Class<?> viewType() {
        return viewType;
    }

    String description() {
        return description;
    }

    boolean fits(Test test) {
        return tests.contains(test);
    }

    /** The tests that fit, in declaration order, for a message. */
    String fittingTests() {
        return tests.toString().replace("[", "").replace("]", "");
    }

    /** The annotation attribute naming the baseline's columns in a one-file comparison. */
    String baselineAttribute() {
        return switch (this) {
            case BINARY -> "baselineScore";
            case REGRESSION, MULTICLASS_PREDICTED -> "baselinePrediction";
            case MULTICLASS_PROBABILITIES -> "baselineProbabilities";
        };
    }

    /** Whether a model file scores the data as the candidate. */
    static boolean modelled(BaselineComparison c) {
        return !c.candidateModelFile().isBlank();
    }

    /** The candidate's prediction columns; none when a model file gives its predictions. */
    String[] candidateColumns(BaselineComparison c) {
        if (modelled(c)) {
            return new String[0];
        }
        return switch (this) {
            case BINARY -> new String[] {c.score()};
            case REGRESSION, MULTICLASS_PREDICTED -> new String[] {c.prediction()};
            case MULTICLASS_PROBABILITIES -> c.probabilities();
        };
    }

    /** The baseline's prediction columns as declared; empty when not declared. */
    String[] declaredBaselineColumns(BaselineComparison c) {
        String[] columns = switch (this) {
            case BINARY -> new String[] {c.baselineScore()};
            case REGRESSION, MULTICLASS_PREDICTED -> new String[] {c.baselinePrediction()};
            case MULTICLASS_PROBABILITIES -> c.baselineProbabilities();
        };
        return columns.length == 1 && columns[0].isBlank() ? new String[0] : columns;
    }

    /** The baseline's prediction columns: as declared, else the candidate's names (in the baseline file). */
    String[] baselineColumns(BaselineComparison c) {
        String[] declared = declaredBaselineColumns(c);
        return declared.length > 0 ? declared : candidateColumns(c);
    }
}
