package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The file holds between {@code min} and {@code max} columns, inclusive: a schema that must not grow or
 * shrink unnoticed. Great Expectations: {@code expect_table_column_count_to_equal} /
 * {@code _to_be_between}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface ColumnCount {

    /** Fewest columns. Default 0. */
    int min() default 0;

    /** Most columns. Default: no limit. */
    int max() default Integer.MAX_VALUE;
}
