package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Applies the value constraints of this component (those taking {@code mostly}) only to rows where a
 * condition holds: a static method of the contract record taking the record and returning
 * {@code boolean}, named here, as a {@link RowRule} is written ({@code @When("isPro")}). The condition is
 * stated in each constraint's name and message. Statistics and the implicit type and not-null checks still
 * cover every row. A row the record cannot hold (see {@link RowRule}) matches no condition; a condition
 * that throws fails the contract's scan, naming the row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface When {

    /** The name of the condition method, a static method of the contract record. */
    String value();
}
