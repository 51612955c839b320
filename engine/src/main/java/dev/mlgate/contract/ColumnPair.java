package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On each row, the value of column {@code left} compares with the value of column {@code right} as
 * {@code op} says (with {@code tolerance} for numbers: equal means within it, greater means greater than
 * the right value minus it). Both columns are numbers, or both the same kind of date or time. A row with a
 * null or unreadable value in either column is not checked (the columns' own checks report those).
 * Repeatable. Great Expectations: {@code expect_column_pair_values_A_to_be_greater_than_B} (with
 * {@code or_equal}), {@code expect_column_pair_values_to_be_equal}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(ColumnPair.List.class)
public @interface ColumnPair {

    /** The comparisons. */
    enum Op { GREATER, GREATER_OR_EQUAL, EQUAL, LESS_OR_EQUAL, LESS }

    /** The column on the left of the comparison. */
    String left();

    /** The comparison. */
    Op op();

    /** The column on the right. */
    String right();

    /** For numbers: how far apart values may be and still compare as equal. Default 0. */
    double tolerance() default 0;

    /** Smallest share of checked rows that must conform, in [0, 1]. Default 1. */
    double mostly() default 1.0;

    /** Largest number of non-conforming rows tolerated. Default 0. */
    long allowedViolations() default 0;

    /** Holds repeated {@link ColumnPair} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE})
    @interface List {
        ColumnPair[] value();
    }
}
