package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The set of distinct non-null values, as written, against declared sets: it contains every value of
 * {@code contain} (categories that must show up), lies within {@code within} (no category outside it), or
 * equals {@code equal}. Empty attributes are not checked. Great Expectations:
 * {@code expect_column_distinct_values_to_contain_set}, {@code _to_be_in_set}, {@code _to_equal_set}. A
 * column with more than {@value #MAX_DISTINCT} distinct values is not judged (inconclusive).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface DistinctValues {

    /** Most distinct values kept to judge the set. */
    int MAX_DISTINCT = 10_000;

    /** Values that must each occur at least once. */
    String[] contain() default {};

    /** Values outside which none may occur. */
    String[] within() default {};

    /** Exactly the values that must occur. */
    String[] equal() default {};
}
