package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps data columns to one input of a model file, where the names differ or the input takes several
 * columns at once (a {@code [N, 3]} tensor takes three columns, in the order given). An input that no
 * {@code ModelInput} names is fed from the column of the same name.
 *
 * <pre>{@code
 * @ModelQuality(modelFile = "models/churn.onnx", data = "data/eval.csv", label = "churned",
 *               inputs = @ModelInput(name = "float_input", columns = {"age", "income", "tenure"}))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface ModelInput {

    /** The model input, as its graph names it. */
    String name();

    /** The data columns that fill it, in the order of the input's last dimension. */
    String[] columns();
}
