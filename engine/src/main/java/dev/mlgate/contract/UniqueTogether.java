package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A compound key: no two rows share the same values in all of {@code value}'s columns, compared as
 * written. Rows with a null in any key column are left out, as SQL's UNIQUE constraint does. Needs the
 * distinct keys in memory. Repeat it for several keys.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueTogethers.class)
public @interface UniqueTogether {

    /** The key's column names, as in the data. */
    String[] value();

    /** Smallest share of key rows that must be first occurrences, in [0, 1]. Default 1. */
    double mostly() default 1.0;

    /** Largest number of repeated keys tolerated. Default 0. */
    long allowedViolations() default 0;
}
