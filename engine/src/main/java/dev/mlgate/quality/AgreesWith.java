package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A gate on a {@link ModelQuality#modelFile()} suite: the model file's predictions equal those of a
 * predictions file (typically written by the training job with the model it exported) row by row, in
 * file order, within {@code tolerance}. A broken export or a preprocessing step the export lost shows
 * as a difference; the gate reports the largest one and the rows that exceed the tolerance.
 *
 * <pre>{@code
 * @AgreesWith(predictions = "target/eval/training-predictions.csv", columns = "p_churn", tolerance = 1e-5)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AgreesWith {

    /** The predictions file, with one row per row of the evaluation data, in the same order. */
    String predictions();

    /** The prediction columns: one for a binary or regression model, one per class (in the order of classes) otherwise. */
    String[] columns();

    /** The largest absolute difference allowed on any row. */
    double tolerance() default 1e-5;
}
