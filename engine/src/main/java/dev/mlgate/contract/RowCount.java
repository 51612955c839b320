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
}
