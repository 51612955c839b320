package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Applies the value constraints of this component (those taking {@code mostly}) only to rows where a
 * condition holds: a static method of the contract record taking the record and returning
 * {@code boolean}, named here, as a {@link RowRule} is written ({@code @When("isPro")}), or a column's value
 * being one of some values ({@code @When(column = "plan", in = {"PRO", "TEAM"})}). The condition is
 * stated in each constraint's name and message. Statistics and the implicit type and not-null checks still
 * cover every row. A row the record cannot hold (see {@link RowRule}) matches no condition; a condition
 * that throws fails the contract's scan, naming the row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface When {

    /** The name of the condition method, a static method of the contract record; empty with {@link #column()}. */
    String value() default "";

    /**
     * Instead of a method, a declarative condition: the row's value of this declared column, as text
     * ({@code String.valueOf} of the component: an enum's name, {@code 5} for an integer), is one of
     * {@link #in()}. Great Expectations' {@code row_condition='plan=="PRO"'}.
     */
    String column() default "";

    /** The values of {@link #column()} for which the constraints apply. */
    String[] in() default {};
}
