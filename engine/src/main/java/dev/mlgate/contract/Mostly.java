package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Default tolerance of every value constraint on this component that does not set its own
 * {@code mostly}: the smallest share of non-null values that must conform, in (0, 1]. Any other
 * value (0 would accept every value; NaN accepts none) is a declaration problem. A constraint's
 * explicit {@code mostly}, 1 included, wins; leaving it out (its default, NaN) takes this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Mostly {

    /** The smallest share of conforming non-null values. */
    double value();
}
