package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * None of the regular expressions {@code value} finds a match in any non-null value
 * ({@link java.util.regex.Matcher#find()}, so anchor them to match whole values): text that must not appear,
 * such as an e-mail address in a free-text column. Nulls are ignored. Great Expectations:
 * {@code expect_column_values_to_not_match_regex} and {@code _to_not_match_regex_list}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface NotMatches {

    /** The forbidden patterns, in {@link java.util.regex.Pattern} syntax. */
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
