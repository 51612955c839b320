package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.history.RepositorySettings;
import dev.mlgate.history.internal.AnomalyPlanner;
import dev.mlgate.history.internal.RunHistory;
import dev.mlgate.history.internal.SuiteHistory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Connects the engine's nodes to the metrics repository: a run records history when
 * {@code mlgate.repository} is configured or some suite declares an anomaly check; each suite records its
 * first artifact's rows ({@code rows}), each artifact's rows by role ({@code artifact.<role>.rows}) and
 * every check's observed value, named by its unique id below the suite ({@code gate:rocAuc},
 * {@code constraint:age.mean}, {@code gate:recall/slice:segment=enterprise}).
 */
final class RecordedHistory {

    private RecordedHistory() {
    }

    /** The run's history, or null when nothing asks for one. */
    static RunHistory open(TestDescriptor engine, MlgateConfiguration configuration) {
        boolean configured = configuration.parameters().apply(RepositorySettings.LOCATION) != null;
        boolean anomalies = engine.getDescendants().stream().anyMatch(node -> node instanceof CheckDescriptor<?> check
                && check.spec().segmentType().equals(AnomalyPlanner.SEGMENT));
        return configured || anomalies ? RunHistory.open(configuration.parameters(), configuration.basedir()) : null;
    }

    /** The suite's history, with its artifacts' row counts from its entries; null when the run records none. */
    static SuiteHistory suite(RunHistory history, SuiteDefinition<?> definition, Map<String, String> entries) {
        if (history == null) {
            return null;
        }
        SuiteHistory suite = history.suite(definition.suiteClass().getName());
        for (int i = 0; entries.containsKey(ResultEntries.PREFIX + "artifact." + i + ".rows"); i++) {
            double rows = Double.parseDouble(entries.get(ResultEntries.PREFIX + "artifact." + i + ".rows"));
            if (i == 0) {
                suite.observe(AnomalyPlanner.ROWS, rows);
            }
            suite.observe("artifact." + entries.get(ResultEntries.PREFIX + "artifact." + i + ".role") + ".rows", rows);
        }
        return suite;
    }

    /** Suffix of the metric under which a comparison records the baseline model's value. */
    static final String BASELINE_SUFFIX = "@baseline";

    /** Records a check's observed value; anomaly checks repeat the value they watch and are left out. */
    static void observe(SuiteHistory suite, TestDescriptor node, Verdict verdict) {
        if (suite == null) {
            return;
        }
        List<UniqueId.Segment> segments = node.getUniqueId().getSegments();
        int start = 0;
        while (start < segments.size() && !segments.get(start).getType().equals(SuiteSelectorResolver.SUITE_SEGMENT)) {
            start++;
        }
        List<UniqueId.Segment> below = segments.subList(Math.min(start + 1, segments.size()), segments.size());
        if (below.isEmpty() || below.get(0).getType().equals(AnomalyPlanner.SEGMENT)) {
            return;
        }
        String metric = below.stream().map(segment -> segment.getType() + ":" + segment.getValue())
                .collect(Collectors.joining("/"));
        suite.observe(metric, verdict.evidence().observed());
        // A comparison also records the production model's own value: its performance history, which the
        // report's retraining trigger reads.
        if (verdict.evidence().details().get("baseline") instanceof Number baseline) {
            suite.observe(metric + BASELINE_SUFFIX, baseline.doubleValue());
        }
    }

    /** The suite's history for a history check. */
    static SuiteHistory of(MlgateExecutionContext context) {
        if (context.suiteHistory() == null) {
            throw new IllegalStateException("an anomaly check ran in a run that records no history");
        }
        return context.suiteHistory();
    }
}
