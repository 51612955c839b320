package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A gate on a {@link ModelQuality#modelFile()} suite: the peak memory a scoring session adds to the process,
 * from its creation through scoring the evaluation data, is at most {@code maxMegabytes}. On Linux it is
 * the growth of the process's resident set ({@code /proc/self/status}: the peak {@code VmHWM}, reset
 * through {@code /proc/self/clear_refs}, against {@code VmRSS} before), which counts the runtime's
 * native allocations and any JVM heap growth in that window; elsewhere the gate is inconclusive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MemoryBudget {

    /** The largest peak growth allowed, in MiB. */
    double maxMegabytes();
}
