package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Columns of the predictions file whose values cut the evaluation rows into slices. Gates marked
 * {@link EverySlice} are evaluated on each slice; each slice value is its own test node, registered at
 * run time with a stable unique id ({@code [slice:segment=enterprise]}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Slices {

    /** The slice columns. */
    String[] value();

    /**
     * Fewest rows a slice needs for its gates to decide; a smaller slice is inconclusive (aborted with
     * the reason). Default -1: the configuration parameter {@code mlgate.slices.min-size} (default 30).
     */
    int minSize() default -1;

    /**
     * Slice values that must be present, written {@code column=value}; one that never appears in the
     * data fails the gate's slice node. Default: none required.
     */
    String[] required() default {};
}
