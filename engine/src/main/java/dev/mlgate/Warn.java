package dev.mlgate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a check, or every check of a suite, as non-blocking: a violation is reported as a warning
 * (the test is aborted with the message), does not fail the build and does not block promotion.
 *
 * <p>Use it for signals a team wants to see before it is ready to enforce them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Warn {

    /** Why this check only warns; shown with the warning. */
    String value() default "";
}
