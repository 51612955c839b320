package dev.mlgate.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a comparison gate method returning a plain {@code double} measures something where
 * higherer values are better. A {@code double} gate without a direction is a discovery error, because
 * "no worse than the baseline" cannot be judged without it; a {@code Metric} carries its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HigherIsBetter {
}
