package dev.mlgate.report.internal;

import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.RecordedMetric;
import dev.mlgate.report.internal.Model.BaselineInForce;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** The four retraining triggers, each judged on one run against the manifest entries of the baselines in force. */
final class RetrainChecks {

    /** How many of the production model's recent values the history median is taken over. */
    static final int HISTORY_RUNS = 5;

    private final Run run;
    private final RetrainSettings settings;
    private final Map<BaselineInForce, ManifestEntry> inForce;
    private final List<String> notEvaluated;

    RetrainChecks(Run run, RetrainSettings settings, Map<BaselineInForce, ManifestEntry> inForce,
            List<String> notEvaluated) {
        this.run = run;
        this.settings = settings;
        this.inForce = inForce;
        this.notEvaluated = notEvaluated;
    }

    /**
     * Datasets (by contract class) whose rows grew, since the model in force was approved, by the configured
     * share or row count.
     */
    List<RetrainingSignal> newData() {
        Map<String, Long> rowsNow = new LinkedHashMap<>();
        run.suites().forEach(suite -> suite.artifacts().stream()
                .filter(a -> "data".equals(a.role()) && suite.className() != null && Json.isNumber(a.rows()))
                .forEach(a -> rowsNow.put(suite.className(), Long.parseLong(a.rows()))));
        List<RetrainingSignal> triggers = new ArrayList<>();
        boolean compared = false;
        for (ManifestEntry entry : distinctEntries()) {
            for (var dataset : rowsNow.entrySet()) {
                // the rows the manifest recorded at approval, else the repository's count at that time
                Long recorded = entry.datasets().get(dataset.getKey());
                OptionalLong repository = recorded != null ? OptionalLong.empty()
                        : settings.history().rowsAt(dataset.getKey(), entry.approvedAt());
                if (recorded == null && repository.isEmpty()) {
                    continue;
                }
                compared = true;
                long now = dataset.getValue();
                long then = recorded != null ? recorded : repository.getAsLong();
                long added = now - then;
                double growth = then == 0 ? (added > 0 ? Double.POSITIVE_INFINITY : 0) : (double) added / then;
                boolean byShare = growth >= settings.newDataMinGrowth() && added > 0;
                boolean byRows = settings.newDataMinRows().isPresent() && added >= settings.newDataMinRows().getAsLong();
                if (byShare || byRows) {
                    Map<String, Object> numbers = numbers("dataset", dataset.getKey(), "rowsAtApproval", then,
                            "rowsNow", now, "addedRows", added, "growth", Double.isFinite(growth) ? growth : null,
                            "minGrowth", settings.newDataMinGrowth(), "minRows",
                            settings.newDataMinRows().isPresent() ? settings.newDataMinRows().getAsLong() : null,
                            "baseline", entry.model() + " " + entry.origin(),
                            "source", recorded != null ? "manifest" : "metrics repository");
                    triggers.add(new RetrainingSignal(RetrainingSignal.NEW_DATA, null, String.format(Locale.ROOT,
                            "%s: the training data has %d rows, %d more than the %d the model in force (%s) was approved with (%s);"
                                    + " retrain at %s", dataset.getKey(), now, added, then, entry.origin(),
                            Double.isFinite(growth) ? percent(growth) : "from none",
                            byShare ? percent(settings.newDataMinGrowth()) + " growth"
                                    : settings.newDataMinRows().getAsLong() + " new rows"), numbers));
                }
            }
        }
        if (!compared) {
            notEvaluated.add(RetrainingSignal.NEW_DATA + ": no dataset of this run has a row count from when the model in"
                    + " force was approved, in its manifest entry or the metrics repository (mlgate.repository)");
        }
        return triggers;
    }

    /**
     * Comparisons where the production model now scores worse than when it was approved (the value its manifest
     * entry recorded), or than the median of its last {@value #HISTORY_RUNS} values in the metrics repository
     * since its approval; by more than the tolerance, in the metric's direction.
     */
    List<RetrainingSignal> degraded() {
        List<RetrainingSignal> triggers = new ArrayList<>();
        boolean compared = false;
        for (var baseline : inForce.entrySet()) {
            ManifestEntry entry = baseline.getValue();
            for (Check check : run.checks()) {
                String now = check.details().get("baseline");
                Boolean higher = History.higherIsBetter(check);
                if (!check.uniqueId().startsWith(baseline.getKey().suiteId()) || !Json.isNumber(now) || higher == null) {
                    continue;
                }
                double value = Double.parseDouble(now);
                RecordedMetric recorded = entry.metrics().get(check.uniqueId());
                List<Double> history = earlier(check, entry);
                if (recorded == null && history.isEmpty()) {
                    continue;
                }
                compared = true;
                double then = recorded != null ? recorded.value() : History.median(history.stream()
                        .mapToDouble(Double::doubleValue).toArray());
                String against = recorded != null ? "when it was approved" : "the median of its last " + history.size()
                        + " runs since approval (metrics repository)";
                double drop = higher ? then - value : value - then;
                if (drop > settings.degradationTolerance()) {
                    triggers.add(new RetrainingSignal(RetrainingSignal.DEGRADED, check.uniqueId(), String.format(Locale.ROOT,
                            "%s: the production model (%s) scores %s = %s now against %s %s, %s worse; tolerance %s",
                            check.title(), entry.origin(), check.metric(), trim(value), trim(then), against, trim(drop),
                            trim(settings.degradationTolerance())),
                            numbers("metric", check.metric(), "atApproval",
                                    recorded == null ? null : recorded.value(), "historyMedian",
                                    recorded == null ? then : null, "historyRuns", history.size(), "now", value,
                                    "drop", drop, "tolerance", settings.degradationTolerance(), "higherIsBetter", higher,
                                    "baseline", entry.model() + " " + entry.origin())));
                }
            }
        }
        if (!compared) {
            notEvaluated.add(RetrainingSignal.DEGRADED + ": no comparison of this run measured a production model whose"
                    + " metrics were recorded at approval or in the metrics repository since (name the baseline as"
                    + " manifest:<dir>)");
        }
        return triggers;
    }

    /**
     * The production model's values of {@code check} in the repository since {@code entry}'s model was approved,
     * the newest {@value #HISTORY_RUNS} before this run (whose own value the engine recorded last).
     */
    private List<Double> earlier(Check check, ManifestEntry entry) {
        String[] segments = check.uniqueId().split("\\]/\\[");
        int suite = -1;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].replace("[", "").startsWith("suite:")) {
                suite = i;
            }
        }
        if (suite < 0 || check.className() == null) {
            return List.of();
        }
        String metric = String.join("/", java.util.Arrays.asList(segments).subList(suite + 1, segments.length))
                .replace("]", "") + RepositoryHistory.BASELINE_SUFFIX;
        List<Double> values = settings.history().since(check.className(), metric, entry.approvedAt());
        List<Double> before = values.isEmpty() ? values : values.subList(0, values.size() - 1);
        return before.subList(Math.max(0, before.size() - HISTORY_RUNS), before.size());
    }

    /** Drift checks that failed or warned, unless drift is switched off ({@code mlgate.retrain.drift=false}). */
    List<RetrainingSignal> drift() {
        if (!settings.drift()) {
            notEvaluated.add(RetrainingSignal.DRIFT + ": disabled (mlgate.retrain.drift=false)");
            return List.of();
        }
        return run.checks().stream()
                .filter(check -> check.kind().equals("drift"))
                .filter(check -> check.status() == Status.FAILED || check.status() == Status.WARNING)
                .map(check -> new RetrainingSignal(RetrainingSignal.DRIFT, check.uniqueId(),
                        check.title() + ": " + Causes.of(check), numbers("column", check.column(), "metric",
                                check.metric(), "statistic", number(check.observed()), "p", number(check.p()),
                                "threshold", number(check.details().get("threshold")), "expected", check.expected(),
                                "status", check.status().word())))
                .toList();
    }

    private static Double number(String text) {
        return Json.isNumber(text) ? Double.parseDouble(text) : null;
    }

    /** Models in force approved longer ago than the configured maximum age. */
    List<RetrainingSignal> age() {
        if (inForce.isEmpty()) {
            notEvaluated.add(RetrainingSignal.AGE + ": no suite read its baseline through a manifest, so the age of the"
                    + " model in production is unknown");
            return List.of();
        }
        List<RetrainingSignal> triggers = new ArrayList<>();
        for (ManifestEntry entry : distinctEntries()) {
            Duration age = entry.age(run.generatedAt());
            if (age.compareTo(settings.maxModelAge()) > 0) {
                triggers.add(new RetrainingSignal(RetrainingSignal.AGE, null, "The model in force (" + entry.model() + " "
                        + entry.origin() + ") was approved " + entry.approvedAt() + ", " + age.toDays()
                        + " days ago, longer than " + settings.maxModelAge().toDays() + " days",
                        numbers("baseline", entry.model() + " " + entry.origin(), "approvedAt",
                                entry.approvedAt().toString(), "ageDays", age.toDays(), "maxAgeDays",
                                settings.maxModelAge().toDays())));
            }
        }
        return triggers;
    }

    private List<ManifestEntry> distinctEntries() {
        return inForce.values().stream().distinct().toList();
    }

    private static Map<String, Object> numbers(Object... pairs) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            numbers.put((String) pairs[i], pairs[i + 1]);
        }
        return numbers;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%+.1f%%", share * 100);
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+($|e)", "$1");
    }
}
