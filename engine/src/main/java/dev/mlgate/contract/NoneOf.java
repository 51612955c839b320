package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No non-null value is one of {@code value}, compared as written (case-sensitive): forbidden values, such
 * as placeholders ({@code "unknown"}, {@code "test"}) or retired codes. Nulls are ignored. Great
 * Expectations: {@code expect_column_values_to_not_be_in_set}; Deequ: {@code isContainedIn} negated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface NoneOf {

    /** The forbidden values. */
    String[] value();

    /**
     * Smallest share of non-null values that must conform, in [0, 1]. The constraint passes when
     * either tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1
     * (every value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
