package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Applies a gate to every slice of the suite's {@link Slices} columns instead of to all rows at once:
 * the gate becomes a container with one child per slice value, in the order of the values' first
 * appearance in the file. Write a second gate without it to also bound the overall value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EverySlice {
}
