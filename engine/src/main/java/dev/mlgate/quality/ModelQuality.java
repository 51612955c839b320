package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a model-quality suite: absolute thresholds on metrics of a model's held-out predictions.
 * Each gate is a method whose parameter is the evaluation view and whose return value is the metric,
 * bounded by {@link AtLeast}, {@link AtMost} or {@link MaxSliceGap}:
 *
 * <pre>{@code
 * @ModelQuality(predictions = "target/eval/churn.csv", label = "churned", score = "p_churn")
 * class ChurnModelQuality {
 *     @AtLeast(0.85) Metric rocAuc(BinaryScores s) { return s.rocAuc(); }
 * }
 * }</pre>
 *
 * <p>The columns declared say which task the suite evaluates, and so which view its gate methods take:
 * <ul>
 *   <li>binary ({@link dev.mlgate.metrics.BinaryScores}): {@code label} and {@code score}, with the
 *       label values {@code positive} and {@code negative};</li>
 *   <li>multiclass ({@link dev.mlgate.metrics.MulticlassPredictions}): {@code label} and one
 *       {@code probabilities} column per class, {@code classes} naming the label value of each column
 *       in the same order; or {@code label}, {@code prediction} (the predicted class) and
 *       {@code classes} (every label value);</li>
 *   <li>regression ({@link dev.mlgate.metrics.RegressionPredictions}): {@code label} and
 *       {@code prediction}, both numbers, and no {@code classes}.</li>
 * </ul>
 * A column set that fits no task, or a gate method whose view does not match the task, is reported at
 * discovery.
 *
 * <p>Instead of a predictions file, a model trained in Java can be scored in-process: name a
 * {@link Scorer} class with {@code scorer} and its evaluation rows with {@code data}; the scorer's
 * kind ({@link Scorer.Binary}, {@link Scorer.Multiclass}, {@link Scorer.Regression}) is the task.
 *
 * <p>Or a model file is scored in-process by a {@link dev.mlgate.spi.ModelRuntime} found on the class
 * path ({@code dev.mlgate:mlgate-onnx} for {@code .onnx} files): name it with {@code modelFile}, its
 * evaluation rows with {@code data} and what it predicts with {@code task}; {@code inputs} maps columns to
 * model inputs whose names differ. The model's signature is checked against the data before any row is
 * scored, the rows are scored in batches of {@code batchSize}, and the file's SHA-256, size, opset,
 * producer and signature go to the report. {@link AgreesWith}, {@link LatencyBudget},
 * {@link ModelSizeBudget} and {@link MemoryBudget} add gates on the model file itself.
 *
 * <p>The file is CSV (optionally gzip-compressed) or JSON Lines, read in one scan per suite. Paths accept
 * {@code ${name}} placeholders and resolve against {@code mlgate.basedir}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelQuality {

    /** The predictions file; leave empty when a {@link #scorer()} scores {@link #data()}. */
    String predictions() default "";

    /** The evaluation data a {@link #scorer()} or a {@link #modelFile()} scores, one row per example. */
    String data() default "";

    /** The class that scores {@link #data()} in-process; it needs a constructor without parameters. */
    Class<? extends Scorer> scorer() default Scorer.class;

    /** A model file to score {@link #data()} with, such as {@code models/churn.onnx}; empty without one. */
    String modelFile() default "";

    /** What the {@link #modelFile()} predicts; a multiclass model also needs {@link #classes()}. */
    ModelTask task() default ModelTask.BINARY;

    /** The {@link #modelFile()}'s output to read; empty picks a probability map, else the last float tensor. */
    String output() default "";

    /** Data columns of {@link #modelFile()} inputs whose names differ from the columns'. */
    ModelInput[] inputs() default {};

    /** Rows per scoring call of the {@link #modelFile()}; a model with a fixed batch dimension uses its own. */
    int batchSize() default 1024;

    /** The column holding the true label (a class, or the true value of a regression). */
    String label();

    /** The column holding the positive-class probability or score (binary tasks). */
    String score() default "";

    /** The label value of the positive class (binary tasks). Default {@code 1}. */
    String positive() default "1";

    /** The label value of the negative class (binary tasks). Default {@code 0}. Any other label is an error naming its row. */
    String negative() default "0";

    /** One probability column per class (multiclass tasks), in the order of {@link #classes()}. */
    String[] probabilities() default {};

    /**
     * The label values of a multiclass task: the class of each {@link #probabilities()} column, or every
     * class a {@link #prediction()} column may hold. Any other label is an error naming its row.
     */
    String[] classes() default {};

    /** The predicted value (regression) or predicted class (multiclass, with {@link #classes()}). */
    String prediction() default "";

    /** An optional column identifying each row, kept for joins; repeated ids are allowed. */
    String id() default "";

    /**
     * The name of the model this suite evaluates, when it is not the model the run decides on (the
     * configuration parameter {@code mlgate.model.name}): a challenger or a model trained elsewhere. The
     * report names its files with this model, never as the candidate's. Empty: the run's model.
     */
    String model() default "";
}
