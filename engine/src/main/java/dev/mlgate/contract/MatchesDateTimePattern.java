package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every non-null value is a date or time written in {@code value}, a {@link java.time.format.DateTimeFormatter}
 * pattern read strictly (so {@code uuuu-MM-dd} refuses {@code 2024-02-30}; write {@code uuuu}, not {@code yyyy},
 * for the year). Text columns. Great Expectations: {@code expect_column_values_to_match_strftime_format}
 * (with strftime's syntax instead).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface MatchesDateTimePattern {

    /** The pattern, such as {@code uuuu-MM-dd'T'HH:mm}. */
    String value();

    /**
     * Smallest share of checked values that must conform, in [0, 1]. The constraint passes when either
     * tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1 (every
     * value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
