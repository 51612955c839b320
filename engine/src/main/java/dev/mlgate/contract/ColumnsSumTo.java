package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On each row, the values of the numeric {@code columns} add up to the value of column {@code total}, or,
 * without one, to {@code value}, within {@code tolerance}: shares that sum to 1, parts that sum to a total.
 * A row with a null or unreadable value in any of these columns is not checked. Repeatable. Great
 * Expectations: {@code expect_multicolumn_sum_to_equal}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(ColumnsSumTo.List.class)
public @interface ColumnsSumTo {

    /** The columns to add, two or more. */
    String[] columns();

    /** The column that holds each row's total; empty to compare with {@link #value()}. */
    String total() default "";

    /** The constant every row's sum must equal when no {@link #total()} column is named. */
    double value() default 0;

    /** How far the sum may be from the total. Default 1e-9. */
    double tolerance() default 1e-9;

    /** Smallest share of checked rows that must conform, in [0, 1]. Default 1. */
    double mostly() default 1.0;

    /** Largest number of non-conforming rows tolerated. Default 0. */
    long allowedViolations() default 0;

    /** Holds repeated {@link ColumnsSumTo} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE})
    @interface List {
        ColumnsSumTo[] value();
    }
}
