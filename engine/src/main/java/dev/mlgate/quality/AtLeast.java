package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * The gate's metric must be at least {@code value}. With {@code confidence} set (for example 0.95),
 * the lower bound of the metric's bootstrap confidence interval at that level must reach
 * {@code value} instead, so the gate passes only when the data support the claim.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Testable
public @interface AtLeast {

    /** The smallest acceptable value. */
    double value();

    /** Confidence level of the interval whose lower bound is gated, in (0, 1); 0 gates the point estimate. */
    double confidence() default 0;
}
