package dev.mlgate.report.internal;

import dev.mlgate.report.internal.NodeRecord.Ending;
import dev.mlgate.report.internal.NodeRecord.Outcome;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects the events of one run that concern the mlgate engine; everything else is ignored. Nodes are
 * known from the test plan and from dynamic registration, so that a check that never ran (its suite
 * could not be read) is still reported.
 */
public final class RunRecorder {

    /** The id of the engine whose nodes are recorded. */
    public static final String ENGINE_ID = "mlgate";

    private static final String CHANNEL_KEY = dev.mlgate.engine.internal.ReportChannel.TOKEN_KEY;

    private final Map<UniqueId, NodeRecord> nodes = new HashMap<>();
    private boolean anyRan;

    /** Records a node of the plan, or one registered at run time. */
    public void planned(TestIdentifier identifier) {
        UniqueId id = identifier.getUniqueIdObject();
        if (isMlgate(id)) {
            nodes.computeIfAbsent(id, key -> new NodeRecord(key, identifier.getParentIdObject().orElse(null),
                    identifier.getDisplayName(), identifier.getSource().orElse(null)));
        }
    }

    /** A node started. */
    public void started(TestIdentifier identifier) {
        node(identifier).ifPresent(node -> {
            node.start();
            anyRan |= !isEngine(node);
        });
    }

    /** A node was skipped, with the reason. */
    public void skipped(TestIdentifier identifier, String reason) {
        node(identifier).ifPresent(node -> {
            node.end(new Outcome(Ending.SKIPPED, reason, false));
            anyRan |= !isEngine(node);
        });
    }

    /** A node finished. */
    public void finished(TestIdentifier identifier, TestExecutionResult result) {
        node(identifier).ifPresent(node -> {
            Throwable thrown = result.getThrowable().orElse(null);
            String message = thrown == null ? null : thrown.getMessage() != null ? thrown.getMessage() : thrown.toString();
            boolean assertion = thrown instanceof AssertionError;
            node.end(new Outcome(Ending.valueOf(result.getStatus().name()), message, assertion));
        });
    }

    /** A node published a report entry; later values of a key replace earlier ones. */
    public void published(TestIdentifier identifier, ReportEntry entry) {
        node(identifier).ifPresent(node -> node.publish(entry.getKeyValuePairs()));
    }

    /**
     * Adds what the engine handed over in-process ({@code dev.mlgate.engine.internal.ReportChannel})
     * to the nodes it belongs to, as if it had been published as report entries.
     */
    public void absorb(Map<String, Map<String, String>> entriesByNode) {
        entriesByNode.forEach((id, entries) -> {
            NodeRecord node = nodes.get(UniqueId.parse(id));
            if (node != null) {
                node.publish(entries);
            }
        });
    }

    /** The report channel token the engine published on its node, if any. */
    public Optional<String> channel() {
        return nodes.values().stream().filter(node -> node.parent().isEmpty())
                .map(node -> node.entry(CHANNEL_KEY)).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether any suite or check of the mlgate engine started or was skipped in this run. */
    public boolean anyRan() {
        return anyRan;
    }

    Collection<NodeRecord> nodes() {
        return nodes.values();
    }

    private Optional<NodeRecord> node(TestIdentifier identifier) {
        UniqueId id = identifier.getUniqueIdObject();
        if (!isMlgate(id)) {
            return Optional.empty();
        }
        planned(identifier);
        return Optional.of(nodes.get(id));
    }

    private static boolean isEngine(NodeRecord node) {
        return node.parent().isEmpty();
    }

    private static boolean isMlgate(UniqueId id) {
        return id.getEngineId().filter(ENGINE_ID::equals).isPresent();
    }
}
