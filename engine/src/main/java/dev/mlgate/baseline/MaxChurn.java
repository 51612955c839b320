package dev.mlgate.baseline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Prediction churn gate, declared on the suite class: the share of joined rows whose predicted class
 * at {@code threshold} ({@code score >= threshold} is positive) differs between the baseline and the
 * candidate must be at most {@code value}. Churn matters even between equally accurate models: every
 * changed prediction is a changed decision downstream.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MaxChurn {

    /** The largest acceptable share of changed predictions, in [0, 1]. */
    double value();

    /** The classification threshold. Default 0.5. */
    double threshold() default 0.5;
}
