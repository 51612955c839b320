package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every non-null value is one complete JSON document (an object, array, string, number, boolean or
 * null), with nothing after it. Text columns. Great Expectations: {@code expect_column_values_to_be_json_parseable}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface ParsesAsJson {

    /**
     * Smallest share of checked values that must conform, in [0, 1]. The constraint passes when either
     * tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1 (every
     * value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
