package dev.mlgate.quality.internal;

import java.util.Locale;

/**
 * A gate's bound: at least or at most {@code value}, on the point estimate or, when {@code confidence}
 * is set, on the matching bound of a bootstrap interval at that level.
 */
record Threshold(boolean atLeast, double value, double confidence) {

    boolean accepts(double observed) {
        return atLeast ? observed >= value : observed <= value;
    }

    boolean onInterval() {
        return confidence > 0;
    }

    /** {@code >= 0.85}, or {@code lower bound of the 95% interval >= 0.85}. */
    String describe() {
        String bound = (atLeast ? ">= " : "<= ") + format(value);
        if (!onInterval()) {
            return bound;
        }
        return (atLeast ? "lower" : "upper") + " bound of the " + format(confidence * 100) + "% interval " + bound;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        return text.contains("e") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
