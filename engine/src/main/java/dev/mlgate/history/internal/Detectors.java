package dev.mlgate.history.internal;

import dev.mlgate.history.NoAnomaly.Strategy;
import dev.mlgate.history.NoAnomaly;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Detector} a {@link NoAnomaly} declares, and finds what is wrong with a declaration. */
public final class Detectors {

    private Detectors() {
    }

    /** The detector of a valid declaration (see {@link #problems(NoAnomaly)}). */
    public static Detector of(NoAnomaly declared) {
        return of(declared.strategy(), declared.lower(), declared.upper(), declared.order(), declared.lowerFactor(),
                declared.upperFactor(), declared.ignoreAnomalies());
    }

    static Detector of(Strategy strategy, double lower, double upper, int order, double lowerFactor,
            double upperFactor, boolean ignoreAnomalies) {
        return switch (strategy) {
            case ABSOLUTE_CHANGE -> new AbsoluteChange(lower, upper, order);
            case RELATIVE_RATE_OF_CHANGE -> new RelativeRateOfChange(lower, upper, order);
            case SIMPLE_THRESHOLD -> new SimpleThreshold(lower, upper);
            case ONLINE_NORMAL -> new OnlineNormal(lowerFactor, upperFactor, ignoreAnomalies);
            case BATCH_NORMAL -> new BatchNormal(lowerFactor, upperFactor);
            case HOLT_WINTERS_WEEKLY -> new HoltWinters(HoltWinters.WEEK);
        };
    }

    /** What makes {@code declared} unusable, each as a sentence; empty when it is valid. */
    public static List<String> problems(NoAnomaly declared) {
        List<String> problems = new ArrayList<>();
        Strategy strategy = declared.strategy();
        boolean bounded = strategy == Strategy.ABSOLUTE_CHANGE || strategy == Strategy.RELATIVE_RATE_OF_CHANGE
                || strategy == Strategy.SIMPLE_THRESHOLD;
        if (bounded) {
            if (Double.isInfinite(declared.lower()) && Double.isInfinite(declared.upper())) {
                problems.add(strategy + " needs lower or upper (or both)");
            }
            if (Double.isNaN(declared.lower()) || Double.isNaN(declared.upper())
                    || declared.lower() > declared.upper()) {
                problems.add(strategy + " needs lower <= upper, not " + declared.lower() + " > " + declared.upper());
            }
            if (strategy != Strategy.SIMPLE_THRESHOLD && declared.order() < 1) {
                problems.add(strategy + " needs order >= 1, not " + declared.order());
            }
        }
        boolean normal = strategy == Strategy.ONLINE_NORMAL || strategy == Strategy.BATCH_NORMAL;
        if (normal && !(declared.lowerFactor() >= 0 && declared.upperFactor() >= 0)) {
            problems.add(strategy + " needs factors >= 0, not " + declared.lowerFactor() + " and "
                    + declared.upperFactor());
        }
        if (declared.runs() < 0) {
            problems.add("runs must be 0 (all) or positive, not " + declared.runs());
        }
        return problems;
    }
}
