package dev.mlgate.baseline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a baseline comparison: a candidate model against the model in production, on the same
 * evaluation rows. Each gate is a method that computes a metric from an evaluation view; the engine
 * evaluates it on the candidate's and on the baseline's view of the joined rows and judges the
 * difference with {@link NoWorseThanBaseline} or {@link BetterThanBaseline}:
 *
 * <pre>{@code
 * @BaselineComparison(candidate = "target/eval/churn-candidate.csv",
 *                     baseline = "models/production/eval/churn.csv", joinOn = "id",
 *                     label = "churned", score = "p_churn")
 * class ChurnVersusProduction {
 *     @NoWorseThanBaseline(margin = 0.005) Metric rocAuc(BinaryScores s) { return s.rocAuc(); }
 * }
 * }</pre>
 *
 * <p>The declared columns decide the task and the view the gates take, as in {@code @ModelQuality}:
 * {@code score} for a binary classifier ({@code BinaryScores}), {@code prediction} alone for regression
 * ({@code RegressionPredictions}, numeric label), {@code prediction} + {@code classes} or {@code probabilities}
 * + {@code classes} for multiclass ({@code MulticlassPredictions}).
 *
 * <p><b>Two files</b> ({@code baseline} set): both files hold the label and prediction columns; rows are
 * paired by {@code joinOn}. An id present in one file only, an id repeated within a file, or an id
 * whose label differs between the files fails the whole suite, naming the files and up to
 * {@code mlgate.examples.max} ids. <b>One file</b> ({@code baseline} empty, {@code baselineScore},
 * {@code baselinePrediction} or {@code baselineProbabilities} set): each row carries both models' predictions.
 *
 * <p>Per-slice gates ({@code @EverySlice}, with {@code @Slices} columns read from the candidate file)
 * are corrected for multiple comparisons with Holm's method by default, across every slice p-value of
 * the suite's per-slice gates; see {@link #correction()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BaselineComparison {

    /** The candidate's predictions file; its slice columns define the slices. */
    String candidate();

    /** The baseline's predictions file; empty when {@link #baselineScore()} names a column of the candidate file. */
    String baseline() default "";

    /** The id column pairing the two files' rows; required with two files. */
    String joinOn() default "";

    /**
     * The column holding the true label, in both files: {@link #positive()} or {@link #negative()} for binary,
     * a number for regression, one of {@link #classes()} for multiclass.
     */
    String label();

    /** Binary: the column holding the candidate's positive-class score (and the baseline's, in a second file). */
    String score() default "";

    /**
     * The column holding the baseline's score: in the candidate file when {@link #baseline()} is empty,
     * else in the baseline file. Default: the same name as {@link #score()}.
     */
    String baselineScore() default "";

    /**
     * Regression (alone) or multiclass (with {@link #classes()}): the column holding the candidate's prediction
     * (and the baseline's, in a second file): a number for regression, a class name for multiclass.
     */
    String prediction() default "";

    /**
     * Regression or multiclass: the column holding the baseline's prediction, in the candidate file when
     * {@link #baseline()} is empty, else in the baseline file. Default: the same name as {@link #prediction()}.
     */
    String baselinePrediction() default "";

    /**
     * Multiclass: the candidate's probability columns (and the baseline's, in a second file), in the order
     * of {@link #classes()}.
     */
    String[] probabilities() default {};

    /**
     * Multiclass: the columns holding the baseline's probabilities, in the candidate file when {@link #baseline()}
     * is empty, else in the baseline file. Default: the names of {@link #probabilities()}.
     */
    String[] baselineProbabilities() default {};

    /** Multiclass: the class names, as the label (and a predicted-class column) spells them. */
    String[] classes() default {};

    /** Binary: the label value of the positive class. Default {@code 1}. */
    String positive() default "1";

    /** Binary: the label value of the negative class. Default {@code 0}. Any other label is an error naming its row. */
    String negative() default "0";

    /** What a missing baseline file means; default: the configuration parameter {@value FirstRun#CONFIGURATION_KEY}. */
    FirstRun firstRun() default FirstRun.CONFIGURED;

    /** How slice p-values of the suite's per-slice gates are corrected for multiplicity. Default Holm. */
    Correction correction() default Correction.HOLM;

    /**
     * The name of the candidate model, when it is not the model the run decides on (the configuration
     * parameter {@code mlgate.model.name}); the report names the candidate file with it. Empty: the run's model.
     */
    String model() default "";
}
