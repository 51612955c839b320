package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No non-null value occurs twice. Nulls are ignored (use the nullability check for them). Violations
 * are the rows holding a value seen on an earlier row. Needs the set of distinct values in memory.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Unique {

    /**
     * Smallest share of non-null values that must conform, in [0, 1]. Default 1: every value.
     * The constraint passes when either tolerance holds.
     */
    double mostly() default 1.0;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
