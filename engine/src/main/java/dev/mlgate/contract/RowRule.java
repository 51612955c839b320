package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * A rule over one row, written in Java: a static method of the contract record taking the record
 * itself and returning {@code boolean} ({@code true} when the row conforms), e.g.
 * {@code @RowRule static boolean loginAfterSignup(Customers row)}. It runs during the contract's single
 * pass on a record built from the values the scan parsed anyway; no table is built.
 *
 * <p>A {@link Nullable} component receives null for a missing value. A row with a null in any other
 * component, or with a value its component cannot hold (unreadable text, an undeclared enum constant),
 * is left out of the rule and counted as such; the column's own type and not-null checks report it.
 * A rule (or the record's constructor) that throws fails the rule, naming the row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Testable
public @interface RowRule {

    /** The smallest share of evaluated rows that must conform, in [0, 1]. */
    double mostly() default 1.0;

    /** The largest number of violating rows accepted. */
    long allowedViolations() default 0;
}
