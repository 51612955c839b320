package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No row repeats an earlier row in every field, compared as written, with nulls equal to nulls (as
 * pandas' {@code duplicated()} does). Rows are remembered by a 128-bit hash of their fields, so memory
 * stays at 16 bytes a row; two different rows would have to collide in 128 bits to be confused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoDuplicateRows {

    /** Largest number of duplicate rows tolerated. Default 0. */
    long allowedViolations() default 0;
}
