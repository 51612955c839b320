package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every value of the column is null: a column kept for the schema's sake, or one that must stay empty
 * (a retired field, data not to be collected). Each non-null value, unreadable ones included, is a
 * violation. The component must be {@link Nullable}. Great Expectations:
 * {@code expect_column_values_to_be_null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface AllNull {

    /** Largest number of non-null values tolerated. Default 0. */
    long allowedViolations() default 0;
}
