package dev.mlgate.report;

import dev.mlgate.contract.DataContract;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.CalibrationCurve;
import dev.mlgate.metrics.PrecisionRecallCurve;
import dev.mlgate.metrics.RocCurve;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.stats.PopulationStabilityIndex;
import dev.mlgate.stats.PsiResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Stands in, in tests, for the entries the engine is about to publish (run lineage and completeness,
 * suite artifacts, chart data, a drift node), computed the way the engine will: completeness against a
 * full discovery of the scenario's suite classes, SHA-256 and row counts of the files read, curves from
 * the engine's own metric and drift code. A key the engine already published is never overridden, so
 * these tests keep working, unchanged, once the engine publishes the keys itself.
 */
final class FutureEngineEntries implements TestExecutionListener {

    private final TestExecutionListener delegate;
    private final Set<String> universe;
    private final Path basedir;
    private final Map<Class<?>, String> baselines;
    private final Map<String, Set<String>> published = new HashMap<>();
    private final Set<String> started = new HashSet<>();
    private TestPlan plan;

    FutureEngineEntries(TestExecutionListener delegate, Set<String> universe, Path basedir,
                        Map<Class<?>, String> baselines) {
        this.delegate = delegate;
        this.universe = universe;
        this.basedir = basedir;
        this.baselines = baselines;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        delegate.testPlanExecutionStarted(testPlan);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        delegate.testPlanExecutionFinished(testPlan);
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        delegate.dynamicTestRegistered(testIdentifier);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        delegate.executionSkipped(testIdentifier, reason);
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        started.add(testIdentifier.getUniqueId());
        delegate.executionStarted(testIdentifier);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        published.computeIfAbsent(testIdentifier.getUniqueId(), id -> new HashSet<>())
                .addAll(entry.getKeyValuePairs().keySet());
        delegate.reportingEntryPublished(testIdentifier, entry);
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        UniqueId id = testIdentifier.getUniqueIdObject();
        if (id.getEngineId().filter("mlgate"::equals).isPresent()) {
            if (id.getSegments().size() == 1) {
                publishRun(testIdentifier);
            } else if (id.getSegments().size() == 2 && testIdentifier.getSource().orElse(null) instanceof ClassSource source) {
                publishSuite(testIdentifier, source.getJavaClass(), result);
            }
        }
        delegate.executionFinished(testIdentifier, result);
    }

    private void publishRun(TestIdentifier engine) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mlgate.version", "0.1.0-SNAPSHOT");
        values.put("mlgate.seed", plan.getConfigurationParameters().get("mlgate.seed").orElse("42"));
        values.put("mlgate.config.hash", sha256(plan.getConfigurationParameters().keySet().stream()
                .filter(key -> key.startsWith("mlgate."))
                .sorted()
                .map(key -> key + "=" + plan.getConfigurationParameters().get(key).orElse(""))
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8)));
        Set<String> missing = new TreeSet<>(universe);
        missing.removeAll(started);
        values.put("mlgate.run.complete", Boolean.toString(missing.isEmpty()));
        if (!missing.isEmpty()) {
            values.put("mlgate.run.missing", String.join(", ", missing));
        }
        publishAbsent(engine, values);
    }

    private void publishSuite(TestIdentifier suite, Class<?> type, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        DataContract contract = type.getAnnotation(DataContract.class);
        ModelQuality quality = type.getAnnotation(ModelQuality.class);
        if (contract != null) {
            artifact(values, 0, "data", contract.data());
            if (!contract.reference().isBlank()) {
                artifact(values, 1, "reference", contract.reference());
                drift(suite, type, contract);
            }
        }
        if (quality != null) {
            artifact(values, 0, "predictions", quality.predictions());
            charts(values, "candidate", quality.predictions(), quality);
            if (baselines.containsKey(type)) {
                charts(values, "baseline", baselines.get(type), quality);
            }
        }
        publishAbsent(suite, values);
    }

    private void drift(TestIdentifier suite, Class<?> type, DataContract contract) {
        PsiResult psi = PopulationStabilityIndex.compute(column(contract.reference(), "age"),
                column(contract.data(), "age"), 3);
        TestDescriptor parent = new Node(suite.getUniqueIdObject(), suite.getDisplayName(), TestDescriptor.Type.CONTAINER);
        TestDescriptor drift = new Node(suite.getUniqueIdObject().append("drift", "age"), "age has not drifted",
                TestDescriptor.Type.TEST);
        parent.addChild(drift);
        TestIdentifier identifier = TestIdentifier.from(drift);
        dynamicTestRegistered(identifier);
        executionStarted(identifier);
        boolean drifted = psi.psi() > 0.2;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mlgate.verdict", drifted ? "warning" : "passed");
        values.put("mlgate.blocking", "false");
        values.put("mlgate.message", "PSI of age = " + psi.psi() + "; required <= 0.2");
        values.put("mlgate.metric", "PSI");
        values.put("mlgate.observed", Double.toString(psi.psi()));
        values.put("mlgate.expected", "<= 0.2");
        values.put("mlgate.detail.histogram", "{\"edges\":" + json(psi.edges()) + ",\"reference\":"
                + Arrays.toString(psi.referenceCounts()).replace(" ", "") + ",\"current\":"
                + Arrays.toString(psi.currentCounts()).replace(" ", "") + "}");
        reportingEntryPublished(identifier, ReportEntry.from(values));
        executionFinished(identifier, TestExecutionResult.successful());
    }

    private void charts(Map<String, String> values, String model, String file, ModelQuality quality) {
        List<String[]> rows = rows(file);
        List<String> header = Arrays.asList(rows.get(0));
        int label = header.indexOf(quality.label());
        int score = header.indexOf(quality.score());
        double[] scores = rows.stream().skip(1).mapToDouble(row -> Double.parseDouble(row[score])).toArray();
        boolean[] labels = new boolean[scores.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rows.get(i + 1)[label].equals(quality.positive());
        }
        BinaryScores binary = BinaryScores.of(scores, labels);
        RocCurve roc = binary.rocCurve();
        PrecisionRecallCurve pr = binary.precisionRecallCurve();
        CalibrationCurve calibration = binary.calibrationCurve(5);
        values.put("mlgate.chart.roc." + model, "{\"fpr\":" + json(roc.fpr()) + ",\"tpr\":" + json(roc.tpr())
                + ",\"auc\":" + binary.rocAuc().value() + "}");
        values.put("mlgate.chart.pr." + model, "{\"recall\":" + json(pr.recall()) + ",\"precision\":"
                + json(pr.precision()) + ",\"ap\":" + binary.averagePrecision().value() + "}");
        values.put("mlgate.chart.calibration." + model, "{\"meanPredicted\":"
                + json(calibration.bins().stream().mapToDouble(CalibrationCurve.Bin::meanPredicted).toArray())
                + ",\"observedRate\":"
                + json(calibration.bins().stream().mapToDouble(CalibrationCurve.Bin::observedRate).toArray())
                + ",\"count\":" + calibration.bins().stream().map(bin -> Long.toString(bin.count()))
                .collect(Collectors.joining(",", "[", "]")) + "}");
    }

    private void artifact(Map<String, String> values, int index, String role, String file) {
        Path path = basedir.resolve(file);
        try {
            values.put("mlgate.artifact." + index + ".role", role);
            values.put("mlgate.artifact." + index + ".path", path.toString());
            values.put("mlgate.artifact." + index + ".sha256", sha256(Files.readAllBytes(path)));
            values.put("mlgate.artifact." + index + ".rows", Long.toString(rows(file).size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publishAbsent(TestIdentifier node, Map<String, String> values) {
        Set<String> already = published.getOrDefault(node.getUniqueId(), Set.of());
        values.keySet().removeAll(already);
        if (!values.isEmpty()) {
            reportingEntryPublished(node, ReportEntry.from(values));
        }
    }

    private double[] column(String file, String name) {
        List<String[]> rows = rows(file);
        int index = Arrays.asList(rows.get(0)).indexOf(name);
        return rows.stream().skip(1).mapToDouble(row -> Double.parseDouble(row[index])).toArray();
    }

    private List<String[]> rows(String file) {
        try {
            return Files.readAllLines(basedir.resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node the shim registers at run time, as the engine will for drift checks. */
    private static final class Node extends AbstractTestDescriptor {

        private final Type type;

        Node(UniqueId id, String name, Type type) {
            super(id, name);
            this.type = type;
        }

        @Override
        public Type getType() {
            return type;
        }
    }
}
