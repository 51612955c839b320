package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every non-null value lies between {@code min} and {@code max}, inclusive unless marked exclusive.
 * Nulls are ignored; NaN is never between any bounds and counts as a violation. The column must be
 * numeric (integral or floating point).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Between {

    /** Lower bound. Default: no lower bound. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Upper bound. Default: no upper bound. */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether a value equal to {@code min} violates. Default false (inclusive). */
    boolean minExclusive() default false;

    /** Whether a value equal to {@code max} violates. Default false (inclusive). */
    boolean maxExclusive() default false;

    /**
     * Smallest share of non-null values that must conform, in [0, 1]. The constraint passes when
     * either tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1
     * (every value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
