package dev.mlgate.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * What each check of a run concluded, from the report entries mlgate publishes for it: the verdict, the
 * metric, the observed and expected values and the failing-row examples. Two runs of the same contract over
 * two copies of the same data (CSV and Parquet, one thread or several) must agree on all of it, the rows of
 * the examples included; only an example's text may differ between formats (a CSV shows the field as
 * written, {@code -84260.90}; Parquet holds the double, shown as {@code -84260.9}).
 */
final class CheckOutcomes implements TestExecutionListener {

    /** One check's conclusion; {@code examples} is the JSON the engine publishes, or null for none. */
    record Outcome(String check, String verdict, String metric, String observed, String expected, String examples) {

        /** The rows of the examples, in order. */
        List<Long> exampleRows() {
            return examples == null ? List.of()
                    : ROW.matcher(examples).results().map(m -> Long.parseLong(m.group(1))).toList();
        }
    }

    private static final Pattern ROW = Pattern.compile("\\{\"row\":(\\d+),");

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        Map<String, String> values = entry.getKeyValuePairs();
        String verdict = values.get("mlgate.verdict");
        if (test.isTest() && verdict != null) {
            outcomes.put(test.getUniqueId(), new Outcome(test.getDisplayName(), verdict, values.get("mlgate.metric"),
                    values.get("mlgate.observed"), values.get("mlgate.expected"), values.get("mlgate.examples")));
        }
    }

    int size() {
        return outcomes.size();
    }

    /**
     * The differences between this run and {@code other}, one line each: a check only one run has, or a check
     * whose verdict, metric, observed or expected value or example rows differ ({@code withExamples}: or the
     * examples' text).
     */
    List<String> differences(CheckOutcomes other, boolean withExamples) {
        List<String> differences = new ArrayList<>();
        Map<String, Outcome> all = new LinkedHashMap<>(outcomes);
        other.outcomes.forEach(all::putIfAbsent);
        all.forEach((id, any) -> {
            Outcome mine = outcomes.get(id);
            Outcome theirs = other.outcomes.get(id);
            if (mine == null || theirs == null) {
                differences.add(any.check() + ": only in one run");
            } else if (!mine.verdict().equals(theirs.verdict()) || !Objects.equals(mine.metric(), theirs.metric())
                    || !Objects.equals(mine.observed(), theirs.observed())
                    || !Objects.equals(mine.expected(), theirs.expected())
                    || !mine.exampleRows().equals(theirs.exampleRows())
                    || withExamples && !Objects.equals(mine.examples(), theirs.examples())) {
                differences.add(mine + " vs " + theirs);
            }
        });
        return differences;
    }

    /** Failing-row examples over all checks. */
    long examples() {
        return outcomes.values().stream().mapToLong(outcome -> outcome.exampleRows().size()).sum();
    }

    /** Counts of checks per verdict, such as {@code {passed=30, failed=5}}. */
    Map<String, Long> verdicts() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.values().forEach(outcome -> counts.merge(outcome.verdict(), 1L, Long::sum));
        return counts;
    }
}
