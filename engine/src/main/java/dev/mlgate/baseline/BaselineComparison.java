package dev.mlgate.baseline;

import dev.mlgate.quality.ModelInput;
import dev.mlgate.quality.ModelTask;
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
 * <p><b>A model file as the candidate</b>: instead of a {@code candidate} predictions file, name the model with
 * {@code candidateModelFile} and its evaluation rows with {@code data}; {@code task}, {@code output},
 * {@code inputs} and {@code batchSize} mean what they mean in {@code @ModelQuality(modelFile = ...)}. A
 * {@link dev.mlgate.spi.ModelRuntime} on the class path ({@code dev.mlgate:mlgate-onnx} for {@code .onnx})
 * scores the data after checking the model's signature against it (each mismatch named, as in a quality
 * suite), and the scored rows stand where the candidate file's rows would: the data holds the label, the
 * {@code joinOn} id and the slice columns, and the baseline's predictions are named by
 * {@code baselineScore}, {@code baselinePrediction} or {@code baselineProbabilities} (a multiclass model
 * gives probabilities), in the {@code baseline} file or, without one, in the data. The report records the
 * model file's SHA-256, size, opset, producer and signature:
 *
 * <pre>{@code
 * @BaselineComparison(candidateModelFile = "models/churn.onnx", data = "data/eval.csv",
 *                     inputs = @ModelInput(name = "float_input", columns = {"age", "income", "tenure"}),
 *                     baseline = "models/production/eval/churn.csv", joinOn = "id",
 *                     label = "churned", baselineScore = "p_churn")
 * }</pre>
 *
 * <p>Per-slice gates ({@code @EverySlice}, with {@code @Slices} columns read from the candidate file)
 * are corrected for multiple comparisons with Holm's method by default, across every slice p-value of
 * the suite's per-slice gates; see {@link #correction()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BaselineComparison {

    /**
     * The candidate's predictions file; its slice columns define the slices. Empty when a
     * {@link #candidateModelFile()} scores {@link #data()} instead.
     */
    String candidate() default "";

    /** A model file that scores {@link #data()} as the candidate, such as {@code models/churn.onnx}. */
    String candidateModelFile() default "";

    /**
     * The evaluation data the {@link #candidateModelFile()} scores, one row per example: the model's input
     * columns, the label, the {@link #joinOn()} id and the slice columns.
     */
    String data() default "";

    /** What the {@link #candidateModelFile()} predicts; a multiclass model also needs {@link #classes()}. */
    ModelTask task() default ModelTask.BINARY;

    /** The {@link #candidateModelFile()}'s output to read; empty picks a probability map, else the last float tensor. */
    String output() default "";

    /** Data columns of {@link #candidateModelFile()} inputs whose names differ from the columns'. */
    ModelInput[] inputs() default {};

    /** Rows per scoring call of the {@link #candidateModelFile()}; a model with a fixed batch dimension uses its own. */
    int batchSize() default 1024;

    /**
     * The baseline's predictions file; empty when {@link #baselineScore()} names a column of the candidate file.
     * {@code manifest:<dir>} (or {@code manifest:<dir>#<role>}) reads the predictions of the baseline in force in a
     * baseline store written by {@code mlgate:approve} and {@code mlgate:rollback}: the file is checked against the
     * SHA-256 its manifest recorded (a mismatch fails the suite naming the file and both digests), the report names
     * the baseline and its age, and a store with nothing approved yet counts as a first run ({@link #firstRun()}).
     */
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
