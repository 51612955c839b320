package dev.mlgate.history.internal;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.RunRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One suite's part of a run's history: the values its checks observe in this run, recorded at the end of
 * the suite as one {@link RunRecord}, and the earlier runs of the same suite that anomaly checks read.
 */
public final class SuiteHistory {

    private final RunHistory run;
    private final String subject;
    private final Map<String, Double> observed = new ConcurrentHashMap<>();

    SuiteHistory(RunHistory run, String subject) {
        this.run = run;
        this.subject = subject;
    }

    /** The suite's identity in the repository: its class name. */
    public String subject() {
        return subject;
    }

    /** Records what a check observed under {@code metric}; a value that is not finite is not recorded. */
    public void observe(String metric, double value) {
        if (Double.isFinite(value)) {
            observed.put(metric, value);
        }
    }

    /** The value this run observed for {@code metric} so far, if any. */
    public Optional<Double> observed(String metric) {
        return Optional.ofNullable(observed.get(metric));
    }

    /**
     * The earlier values of {@code metric}: runs of this suite before this run carrying this run's tags, the
     * newest {@code last} of them (0: all), oldest first.
     */
    public List<MetricPoint> earlier(String metric, int last) {
        HistoryQuery query = HistoryQuery.of(subject).tagged(run.tags()).before(run.time()).last(last);
        return run.repository().series(query, metric);
    }

    /** Where the history lives, for messages. */
    public String location() {
        return run.location();
    }

    /** This run's time, which history must precede. */
    public Instant time() {
        return run.time();
    }

    /** Appends what was observed, unless nothing was. */
    public void record() {
        if (!observed.isEmpty()) {
            run.repository().append(new RunRecord(run.runId(), subject, run.time(), run.tags(),
                    new LinkedHashMap<>(observed)));
        }
    }
}
