package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Latency gates on a {@link ModelQuality#modelFile()} suite: a percentile of the time one scoring call takes,
 * for a single row and for a batch of {@link ModelQuality#batchSize()} rows, measured after warm-up calls
 * on this machine (the report records cores, CPU, OS and JVM). A bound left at 0 declares no gate.
 *
 * <p>These gates only warn unless {@code blocking} is set: a shared CI machine's load moves latency far
 * more than most regressions do, so a slow run should be looked at, not block a release by itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LatencyBudget {

    /** The most milliseconds one single-row call may take at {@link #percentile()}; 0 for no gate. */
    double perRowMillis() default 0;

    /** The most milliseconds one batch call may take at {@link #percentile()}; 0 for no gate. */
    double perBatchMillis() default 0;

    /** The percentile judged: 50, 95 or 99. */
    int percentile() default 99;

    /** Calls made and discarded before measuring, so class loading and allocation do not count. */
    int warmup() default 20;

    /** The most single-row calls measured (rows of the evaluation data, in order). */
    int rowSamples() default 1000;

    /** Whether a breach fails the build; by default it is a warning. */
    boolean blocking() default false;
}
