package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value of a run that the history follows to decide on retraining: the production model's metric on
 * the run's evaluation rows, or a statistic of the data. {@code key} names the series across runs.
 */
record Series(Kind kind, Check check, String key, String subject, double value, boolean higherIsBetter) {

    /** Whose value it is. */
    enum Kind { PRODUCTION, DATA }

    /** Constraint metrics that count rows or columns or judge a rule: not statistics of the data's distribution. */
    private static final Set<String> NOT_STATISTICS = Set.of("violations", "schema", "custom rule", "row count",
            "column count", "columns", "missing column", "column at position", "distinct values", "drift",
            "drifted share");

    /**
     * The production model's metrics: the baseline side of each comparison whose direction is known, once
     * per suite, metric and slice (two gates on the same metric see the same production value).
     */
    static List<Series> production(Run run) {
        Map<String, Series> series = new LinkedHashMap<>();
        for (Suite suite : run.suites()) {
            for (Check check : suite.checks()) {
                String baseline = check.details().get("baseline");
                Boolean higher = History.higherIsBetter(check);
                if (!check.kind().equals("comparison") || higher == null || check.metric() == null
                        || !Json.isNumber(baseline)) {
                    continue;
                }
                String key = suite.uniqueId() + " " + check.metric() + (check.slice() == null ? "" : " " + check.slice());
                String subject = Model.simpleName(suite.className()) + ": the production model's " + check.metric()
                        + (check.slice() == null ? "" : " on slice " + check.slice());
                series.putIfAbsent(key, new Series(Kind.PRODUCTION, check, key, subject, Double.parseDouble(baseline),
                        higher));
            }
        }
        return List.copyOf(series.values());
    }

    /** The data's statistics: contract constraints whose observed value is a statistic, such as a column's mean. */
    static List<Series> data(Run run) {
        List<Series> series = new ArrayList<>();
        for (Check check : run.checks()) {
            if (check.kind().equals("constraint") && check.metric() != null && !NOT_STATISTICS.contains(check.metric())
                    && Json.isNumber(check.observed())) {
                String subject = Model.simpleName(check.className()) + ": "
                        + (check.member() == null ? "" : check.member() + " ") + check.metric();
                series.add(new Series(Kind.DATA, check, check.uniqueId(), subject,
                        Double.parseDouble(check.observed()), false));
            }
        }
        return series;
    }
}
