package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.BaselineInForce;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import dev.mlgate.report.internal.NodeRecord.Ending;
import dev.mlgate.report.internal.NodeRecord.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** Turns the recorded nodes of a run into the report's model: suites and checks in unique-id order. */
public final class RunAssembler {

    private static final Comparator<NodeRecord> BY_ID = Comparator.comparing(node -> node.id().toString());

    private final List<NodeRecord> nodes;
    private final RelativePaths paths;

    RunAssembler(RunRecorder recorder, Path basedir) {
        this.nodes = recorder.nodes().stream().sorted(BY_ID).toList();
        this.paths = new RelativePaths(basedir);
    }

    /**
     * Assembles the run; {@code lineage} supplies what the engine does not publish (JVM, git commit), and
     * paths in messages are written relative to {@code basedir}.
     */
    public static Run assemble(RunRecorder recorder, Lineage lineage, Instant generatedAt, Path basedir) {
        return new RunAssembler(recorder, basedir).run(lineage, generatedAt);
    }

    Run run(Lineage lineage, Instant generatedAt) {
        NodeRecord engine = nodes.stream().filter(node -> node.parent().isEmpty()).findFirst().orElse(null);
        Map<String, String> entries = engine == null ? Map.of() : engine.entries();
        String complete = entries.get(Entries.COMPLETE);
        List<String> missing = Arrays.stream(entries.getOrDefault(Entries.MISSING, "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).sorted().toList();
        List<Suite> suites = engine == null ? List.of() : children(engine).stream().map(this::suite).toList();
        RunInfo info = new RunInfo(entries.get(Entries.VERSION), lineage.jvm(), lineage.gitCommit(),
                Optional.ofNullable(entries.get(Entries.SEED)).orElse(lineage.configuredSeed()),
                entries.get(Entries.CONFIG_HASH), complete == null ? null : Boolean.parseBoolean(complete.trim()),
                missing, lineage.model().orDeclaredBy(suites));
        List<BaselineInForce> baselines = engine == null ? List.of() : children(engine).stream()
                .flatMap(suite -> BaselineEntries.of(suite.id().toString(), suite.entries()).stream()).toList();
        return new Run(info, suites, generatedAt, baselines);
    }

    private Suite suite(NodeRecord node) {
        List<Check> checks = new ArrayList<>();
        for (NodeRecord check : children(node)) {
            List<NodeRecord> parts = children(check);
            boolean ownResult = check.entry(Entries.VERDICT) != null
                    || check.outcome().map(outcome -> outcome.ending() != Ending.SUCCESSFUL).orElse(true);
            if (parts.isEmpty() || ownResult) {
                checks.add(check(check, check, node));
            }
            parts.forEach(part -> checks.add(check(part, check, node)));
        }
        checks.sort(Comparator.comparing(Check::uniqueId));
        Optional<Outcome> outcome = node.outcome();
        Status status;
        String message = null;
        if (outcome.isEmpty() || outcome.get().ending() == Ending.FAILED || outcome.get().ending() == Ending.ABORTED) {
            status = Status.ERRORED;
            message = outcome.map(Outcome::message).orElse("The suite did not finish.");
        } else if (outcome.get().ending() == Ending.SKIPPED) {
            status = Status.SKIPPED;
            message = outcome.get().message();
        } else {
            status = checks.stream().map(Check::effectiveStatus).reduce(Status.SKIPPED, Status::worse);
        }
        String className = node.source().filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getClassName()).orElse(node.segmentValue());
        String kind = Optional.ofNullable(node.entry(Entries.SUITE_KIND)).orElseGet(() -> SuiteKind.of(className));
        return new Suite(node.id().toString(), kind, className, node.displayName(), status, paths.apply(message),
                artifacts(node.entries()), charts(node.entries()), List.copyOf(checks));
    }

    private Check check(NodeRecord node, NodeRecord declared, NodeRecord suite) {
        Map<String, String> entries = node.entries();
        Status status = status(node, suite);
        String blockingEntry = entries.get(Entries.BLOCKING);
        boolean blocking = blockingEntry != null ? Boolean.parseBoolean(blockingEntry.trim()) : status != Status.WARNING;
        TestSource source = declared.source().orElse(null);
        String className = source instanceof MethodSource method ? method.getClassName()
                : source instanceof ClassSource type ? type.getClassName() : entries.get(Entries.SOURCE_CLASS);
        String member = source instanceof MethodSource method ? method.getMethodName()
                : source == null ? entries.get(Entries.SOURCE_MEMBER) : null;
        String slice = node != declared && node.segmentType().equals("slice") ? node.segmentValue() : null;
        String column = node != declared && !node.segmentType().equals("slice") ? node.segmentValue() : null;
        SortedMap<String, String> details = new TreeMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(Entries.DETAIL) && !key.equals(Entries.HISTOGRAM)) {
                details.put(key.substring(Entries.DETAIL.length()), paths.apply(value));
            }
        });
        return new Check(node.id().toString(), node == declared ? null : declared.id().toString(),
                declared.segmentType(), className, member,
                node == declared ? node.displayName() : declared.displayName() + " \u203a " + node.displayName(),
                slice, column, status, blocking,
                entries.get(Entries.METRIC), entries.get(Entries.OBSERVED), entries.get(Entries.EXPECTED),
                entries.get(Entries.LOWER), entries.get(Entries.UPPER), entries.get(Entries.P),
                entries.get(Entries.P_ADJUSTED), examples(entries.get(Entries.EXAMPLES)), paths.apply(message(node, suite, status)),
                details, Json.parseOrNull(entries.get(Entries.HISTOGRAM)));
    }

    private static Status status(NodeRecord node, NodeRecord suite) {
        String verdict = node.entry(Entries.VERDICT);
        Optional<Outcome> ended = node.outcome();
        if (ended.isEmpty()) {
            boolean suiteSkipped = suite.outcome().map(o -> o.ending() == Ending.SKIPPED).orElse(false);
            return suiteSkipped ? Status.SKIPPED : Status.ERRORED;
        }
        Outcome outcome = ended.get();
        return switch (outcome.ending()) {
            case SKIPPED -> Status.SKIPPED;
            case SUCCESSFUL -> verdict != null ? Status.fromVerdict(verdict.trim()) : Status.PASSED;
            case FAILED -> verdict != null && !verdict.trim().equals("passed") ? Status.fromVerdict(verdict.trim())
                    : outcome.assertion() ? Status.FAILED : Status.ERRORED;
            case ABORTED -> verdict != null ? Status.fromVerdict(verdict.trim())
                    : aborted(outcome.message());
        };
    }

    private static Status aborted(String message) {
        return message != null && message.startsWith(Entries.WARNING_PREFIX) ? Status.WARNING : Status.INCONCLUSIVE;
    }

    private static String message(NodeRecord node, NodeRecord suite, Status status) {
        String published = node.entry(Entries.MESSAGE);
        if (published != null && status != Status.ERRORED) {
            return published;
        }
        Optional<Outcome> outcome = node.outcome();
        if (outcome.isEmpty()) {
            return suite.outcome().map(Outcome::message)
                    .map(reason -> "Not evaluated: " + reason)
                    .orElse("Not evaluated: the run ended before this check finished.");
        }
        String text = outcome.get().message();
        if (text == null) {
            return published;
        }
        for (String prefix : List.of(Entries.WARNING_PREFIX, Entries.INCONCLUSIVE_PREFIX)) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    /**
     * The examples of {@link Entries#EXAMPLES}: a JSON array of {@code {row, value}} objects, a null value
     * being a missing one. Text that is not such an array (an engine of another version) is kept whole as
     * one example without a row rather than dropped.
     */
    static List<Example> examples(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        JsonNode array = Json.parseOrNull(json);
        if (array == null || !array.isArray()) {
            return List.of(new Example(null, json));
        }
        List<Example> examples = new ArrayList<>();
        for (JsonNode example : array) {
            JsonNode row = example.path("row");
            JsonNode value = example.path("value");
            JsonNode file = example.path("file");
            examples.add(new Example(row.isMissingNode() || row.isNull() ? null : row.asText(),
                    value.isMissingNode() || value.isNull() ? null : value.asText(),
                    file.isTextual() ? file.asText() : null));
        }
        return List.copyOf(examples);
    }

    private static List<Artifact> artifacts(Map<String, String> entries) {
        SortedMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(Entries.ARTIFACT)) {
                String rest = key.substring(Entries.ARTIFACT.length());
                int dot = rest.indexOf('.');
                if (dot > 0 && rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
                    byIndex.computeIfAbsent(Integer.parseInt(rest.substring(0, dot)), index -> new TreeMap<>())
                            .put(rest.substring(dot + 1), value);
                }
            }
        });
        return byIndex.values().stream()
                .map(fields -> new Artifact(fields.get("role"), fields.get("path"), fields.get("sha256"),
                        fields.get("rows"), fields.get("bytes"), fields.get("model"), facts(fields)))
                .toList();
    }

    /** An artifact's fields beyond its lineage, such as a model file's opset. */
    private static SortedMap<String, String> facts(Map<String, String> fields) {
        SortedMap<String, String> facts = new TreeMap<>(fields);
        facts.keySet().removeAll(List.of("role", "path", "sha256", "rows", "bytes", "model"));
        return facts;
    }

    private static SortedMap<String, JsonNode> charts(Map<String, String> entries) {
        SortedMap<String, JsonNode> charts = new TreeMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(Entries.CHART)) {
                JsonNode chart = Json.parseOrNull(value);
                if (chart != null && chart.isObject()) {
                    charts.put(key.substring(Entries.CHART.length()), chart);
                }
            }
        });
        return charts;
    }

    private List<NodeRecord> children(NodeRecord parent) {
        UniqueId id = parent.id();
        return nodes.stream().filter(node -> node.parent().filter(id::equals).isPresent()).toList();
    }
}
