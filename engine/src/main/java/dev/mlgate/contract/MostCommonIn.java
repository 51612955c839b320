package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most common non-null value, as written, is one of {@code value}; when several tie for most common,
 * each must be. A column with no value is inconclusive. Great Expectations:
 * {@code expect_column_most_common_value_to_be_in_set} (with {@code ties_okay = false}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface MostCommonIn {

    /** The values the most common one must be among. */
    String[] value();
}
