package dev.mlgate.baseline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Non-inferiority: the candidate's metric may be worse than the baseline's by at most {@code margin},
 * in the metric's better direction (for a lower-is-better metric, "worse" means higher). With
 * {@code relative}, the change is divided by {@code |baseline|}, so {@code margin = 0.01} allows 1%.
 *
 * <ul>
 *   <li>Point estimate (default): passes when {@code improvement >= -margin}, else fails.</li>
 *   <li>{@code confidence} (for example 0.95): passes when the pessimistic bound of the paired
 *       bootstrap interval of the difference reaches {@code -margin}, fails when the whole interval lies
 *       beyond it, and is inconclusive (aborted, with the reason) when the interval straddles it.</li>
 *   <li>{@code alpha}: a candidate worse by more than the margin fails only when the difference is also
 *       significant ({@code p < alpha}); otherwise the gate is inconclusive.</li>
 * </ul>
 *
 * <p>The p-value comes from {@link #test()}; the message always carries the difference, its interval
 * (at {@code confidence}, or 95%) and the p-value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Testable
public @interface NoWorseThanBaseline {

    /** The largest tolerated worsening, at least 0. Default 0.005. */
    double margin() default 0.005;

    /** Whether {@code margin} is relative to {@code |baseline|}. */
    boolean relative() default false;

    /** Level of the paired bootstrap interval whose bound is judged, in (0, 1); 0 judges the point estimate. */
    double confidence() default 0;

    /** Significance level a failure must also reach, in (0, 1); 0 fails on the estimate alone. */
    double alpha() default 0;

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
