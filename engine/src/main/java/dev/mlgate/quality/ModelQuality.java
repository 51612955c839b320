package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a model-quality suite: absolute thresholds on metrics of a model's held-out predictions.
 * Each gate is a method whose parameter is the evaluation view and whose return value is the metric,
 * bounded by {@link AtLeast} or {@link AtMost}:
 *
 * <pre>{@code
 * @ModelQuality(predictions = "target/eval/churn.csv", label = "churned", score = "p_churn")
 * class ChurnModelQuality {
 *     @AtLeast(0.85) Metric rocAuc(BinaryScores s) { return s.rocAuc(); }
 * }
 * }</pre>
 *
 * <p>The predictions file is CSV (optionally gzip-compressed) or JSON Lines, read once per suite. The
 * path accepts {@code ${name}} placeholders and resolves against {@code mlgate.basedir}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelQuality {

    /** The predictions file. */
    String predictions();

    /** The column holding the true label. */
    String label();

    /** The column holding the positive-class probability or score (binary tasks). */
    String score() default "";

    /** The label value of the positive class. Default {@code 1}. */
    String positive() default "1";

    /** The label value of the negative class. Default {@code 0}. Any other label is an error naming its row. */
    String negative() default "0";
}
