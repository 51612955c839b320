package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.baseline.Loss;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;

/**
 * A comparison gate's requirement, from {@link NoWorseThanBaseline} or {@link BetterThanBaseline}.
 *
 * @param superiority true for "better than", false for "no worse than"
 * @param margin the margin, at least 0, absolute or relative to {@code |baseline|}
 * @param relative whether the margin and the judged change are relative
 * @param confidence level of the interval whose bound is judged; 0 judges the point estimate
 * @param alpha significance level; 0 requires no significance
 * @param test the requested test
 * @param threshold McNemar's classification threshold
 * @param loss the per-row loss of the regression paired tests
 */
record Requirement(boolean superiority, double margin, boolean relative, double confidence, double alpha, Test test,
        double threshold, Loss loss) {

    static Requirement of(NoWorseThanBaseline gate) {
        return new Requirement(false, gate.margin(), gate.relative(), gate.confidence(), gate.alpha(), gate.test(),
                gate.threshold(), gate.loss());
    }

    static Requirement of(BetterThanBaseline gate) {
        return new Requirement(true, gate.margin(), gate.relative(), gate.confidence(), gate.alpha(), gate.test(),
                gate.threshold(), gate.loss());
    }

    /** Null when valid, else what is wrong. */
    String invalid() {
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            return "margin " + margin + " is not a finite number >= 0";
        }
        if (!(confidence >= 0 && confidence < 1)) {
            return "confidence " + confidence + " is not in [0, 1)";
        }
        if (!(alpha >= 0 && alpha < 1)) {
            return "alpha " + alpha + " is not in [0, 1)";
        }
        return Double.isNaN(threshold) ? "threshold is NaN" : null;
    }

    /** The interval's level: {@link #confidence()}, or 0.95 when only the point estimate is judged. */
    double intervalLevel() {
        return confidence > 0 ? confidence : 0.95;
    }

    /** {@code no worse than baseline by more than 0.005}, with the interval and significance conditions. */
    String describe() {
        String amount = relative ? Numbers.plain(margin * 100) + "% of the baseline" : Numbers.plain(margin);
        StringBuilder text = new StringBuilder();
        if (superiority) {
            text.append("better than baseline").append(margin > 0 ? " by more than " + amount : "");
            if (confidence > 0) {
                text.append(", the ").append(Numbers.plain(confidence * 100)).append("% interval above ")
                        .append(margin > 0 ? "the margin" : "0");
            }
            if (alpha > 0) {
                text.append(", significant at alpha = ").append(Numbers.plain(alpha));
            }
        } else {
            text.append("no worse than baseline by more than ").append(amount);
            if (confidence > 0) {
                text.append(", judged on the ").append(Numbers.plain(confidence * 100)).append("% interval");
            }
            if (alpha > 0) {
                text.append(", failing only if significant at alpha = ").append(Numbers.plain(alpha));
            }
        }
        return text.toString();
    }
}
