package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The share of non-null values among all rows is at least {@code min}, for a {@link Nullable} column
 * that may hold some nulls but not too many. An empty dataset is complete (nothing is missing). On a
 * component that is not {@link Nullable} it is a declaration problem: its not-null check would fail on
 * the first null the completeness allows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Completeness {

    /** Smallest acceptable share of non-null values, in [0, 1]. */
    double min();
}
