package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A gate on a {@link ModelQuality#modelFile()} suite: the model file holds at most {@code maxBytes} bytes. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelSizeBudget {

    /** The largest file size allowed, in bytes. */
    long maxBytes();
}
