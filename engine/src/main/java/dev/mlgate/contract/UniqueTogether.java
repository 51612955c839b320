package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A compound key: no two rows share the same values in all of {@code value}'s columns, compared as
 * written. Rows with a null in any key column are left out, as SQL's UNIQUE constraint does. Violations
 * are all the rows whose key occurs more than once, the first occurrence included (Great Expectations'
 * {@code expect_compound_columns_to_be_unique}); the report adds the uniqueness and distinct ratio over
 * the rows with a full key. Needs the distinct keys (a 128-bit fingerprint and a row each) in memory.
 * Repeat it for several keys.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueTogethers.class)
public @interface UniqueTogether {

    /** The key's column names, as in the data. */
    String[] value();

    /** Smallest share of rows with a full key whose key occurs once, in [0, 1]. Default 1. */
    double mostly() default 1.0;

    /** Largest number of rows with a duplicated key tolerated. Default 0. */
    long allowedViolations() default 0;
}
