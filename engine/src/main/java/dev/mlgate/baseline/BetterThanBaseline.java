package dev.mlgate.baseline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Superiority: the candidate's metric must beat the baseline's by more than {@code margin}, in the
 * metric's better direction, and the difference must be significant.
 *
 * <ul>
 *   <li>Fails when the point estimate of the improvement is at most {@code margin}.</li>
 *   <li>With {@code confidence}: fails when the paired bootstrap interval lies at or below the margin,
 *       and is inconclusive when it contains the margin.</li>
 *   <li>With {@code alpha} (default 0.05): inconclusive when {@code p >= alpha}, "better, but not
 *       significantly". The p-value tests "no difference", two-sided, so a pass is a one-sided
 *       claim at level {@code alpha / 2}.</li>
 * </ul>
 *
 * <p>In an {@code @EverySlice} gate, {@code p} is the multiplicity-adjusted p-value (Holm by default).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Testable
public @interface BetterThanBaseline {

    /** The improvement to exceed, at least 0. Default 0. */
    double margin() default 0;

    /** Whether {@code margin} is relative to {@code |baseline|}. */
    boolean relative() default false;

    /** Level of the paired bootstrap interval whose bound is judged, in (0, 1); 0 judges the point estimate. */
    double confidence() default 0;

    /** Significance level, in (0, 1); 0 requires no significance. Default 0.05. */
    double alpha() default 0.05;

    /** The test giving the p-value. */
    Test test() default Test.AUTO;

    /**
     * The threshold of McNemar's test for a {@code double} gate: a row is predicted positive when
     * {@code score >= threshold}. A gate returning {@code accuracy@t} is always tested at its own t.
     */
    double threshold() default 0.5;

    /** The per-row loss whose candidate-minus-baseline differences {@link Test#PAIRED_T} and {@link Test#WILCOXON} test. */
    Loss loss() default Loss.SQUARED_ERROR;
}
