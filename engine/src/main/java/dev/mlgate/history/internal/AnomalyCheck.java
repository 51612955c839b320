package dev.mlgate.history.internal;

import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.HistoryCheck;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.history.MetricPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code @NoAnomaly} declaration at run time: takes the watched value (as its check recorded it in this
 * run, else by evaluating that check), reads the value's earlier runs and lets the strategy judge it. No
 * history passes (a first run); fewer runs than the strategy needs is inconclusive, naming the count.
 */
final class AnomalyCheck<S> implements HistoryCheck<S> {

    /** Computes the watched value from the suite's state; NaN when the check observed none. */
    @FunctionalInterface
    interface Watched<S> {
        double value(S state) throws Exception;
    }

    private final Detector detector;
    private final String metric;
    private final String watchedName;
    private final int runs;
    private final Watched<S> watched;

    AnomalyCheck(Detector detector, String metric, String watchedName, int runs, Watched<S> watched) {
        this.detector = detector;
        this.metric = metric;
        this.watchedName = watchedName;
        this.runs = runs;
        this.watched = watched;
    }

    @Override
    public Evaluation evaluate(S state, SuiteHistory history) throws Exception {
        double value = history.observed(metric).isPresent() ? history.observed(metric).get() : watched.value(state);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("strategy", detector.describe());
        details.put("history.metric", metric);
        details.put("history.location", history.location());
        if (!Double.isFinite(value)) {
            return Verdict.inconclusive(watchedName + " observed no value in this run, so there is nothing to compare"
                    + " with its history", evidence(value, "no anomaly", details));
        }
        List<MetricPoint> earlier = history.earlier(metric, runs);
        details.put("history.runs", earlier.size());
        if (earlier.isEmpty() && detector.needed() > 0) {
            return Verdict.passed(String.format(Locale.ROOT, "First run: %s = %s has no history yet in %s; it is"
                    + " recorded for the next runs (%s needs %d)", watchedName, value, history.location(),
                    detector.describe(), detector.needed()), evidence(value, "no anomaly", details));
        }
        if (earlier.size() < detector.needed()) {
            return Verdict.inconclusive(String.format(Locale.ROOT, "%s needs %d earlier runs of %s and %s has %d",
                    detector.describe(), detector.needed(), watchedName, history.location(), earlier.size()),
                    evidence(value, "no anomaly", details));
        }
        double[] values = earlier.stream().mapToDouble(MetricPoint::value).toArray();
        Detection detection = detector.detect(values, value);
        details.put("explanation", detection.explanation());
        if (detection.undefined()) {
            return Verdict.inconclusive(watchedName + ": " + detection.explanation(), evidence(value, "no anomaly",
                    details));
        }
        String accepted = "within [" + detection.lower() + ", " + detection.upper() + "]";
        Evidence evidence = evidence(value, accepted, details);
        if (detection.anomalous()) {
            return Verdict.failed(String.format(Locale.ROOT, "%s = %s is an anomaly against its last %d runs by %s:"
                    + " %s", watchedName, value, earlier.size(), detector.describe(), detection.explanation()),
                    accepted, Double.toString(value), evidence);
        }
        return Verdict.passed(String.format(Locale.ROOT, "%s = %s is no anomaly against its last %d runs by %s: %s",
                watchedName, value, earlier.size(), detector.describe(), detection.explanation()), evidence);
    }

    private Evidence evidence(double value, String expected, Map<String, Object> details) {
        return Evidence.of(watchedName, value, expected).withDetails(details);
    }
}
