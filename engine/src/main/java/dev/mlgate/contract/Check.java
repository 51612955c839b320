package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * A custom rule of a data contract: a static method taking the dataset as a Tablesaw {@code Table}
 * (and, when the contract names a reference, the reference {@code Table} as a second parameter) that
 * asserts with AssertJ or mlgate-assertions. A thrown {@code AssertionError} fails the rule.
 * Loading a whole table happens only for contracts that declare such a rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Testable
public @interface Check {
}
