package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At least one of the regular expressions {@code value} finds a match in each non-null value
 * ({@link java.util.regex.Matcher#find()}): values of several accepted formats, such as two phone number
 * styles. Nulls are ignored. Great Expectations: {@code expect_column_values_to_match_regex_list} with
 * {@code match_on="any"}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface MatchesAny {

    /** The accepted patterns, in {@link java.util.regex.Pattern} syntax. */
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
