package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The file's columns are exactly the declared components' columns, in declaration order: for consumers
 * that read columns by position. Great Expectations: {@code expect_table_columns_to_match_ordered_list}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface ColumnsInOrder {
}
