package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The number of data rows (the header is not a row) lies between {@code min} and {@code max}, inclusive. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface RowCount {

    /** Fewest rows. Default 0. */
    long min() default 0;

    /** Most rows. Default: no limit. */
    long max() default Long.MAX_VALUE;

    /**
     * A configuration parameter whose value, when this is not blank, replaces {@code min}: bounds that differ
     * per environment come from {@code junit-platform.properties} or {@code -D}. An unset or non-numeric
     * parameter fails the check, naming the key. Default: none.
     */
    String minFrom() default "";

    /** Like {@link #minFrom()}, for {@code max}. Default: none. */
    String maxFrom() default "";
}
