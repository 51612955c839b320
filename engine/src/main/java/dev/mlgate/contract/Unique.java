package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No non-null value occurs twice. Nulls are ignored (use the nullability check for them). Violations
 * are all the rows holding a value that occurs more than once, its first occurrence included, as Great
 * Expectations' {@code expect_column_values_to_be_unique} counts them: {@code [2, 2, 2, null]} has 3. So
 * {@code mostly} is the share of non-null values that are not duplicated. Values compare as values of
 * the column's type: {@code 0.0} equals {@code -0.0}, and NaN equals NaN (pandas' {@code duplicated}).
 * The report adds Deequ's uniqueness (values occurring once / non-null values) and distinct ratio
 * (distinct values / non-null values). Needs each distinct value, with its first row, in memory.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Unique {

    /**
     * Smallest share of non-null values that must conform, in [0, 1]. The constraint passes when
     * either tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1
     * (every value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
