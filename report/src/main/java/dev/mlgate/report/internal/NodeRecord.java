package dev.mlgate.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/** What the listener learned about one mlgate node: where it sits, what it published and how it ended. */
final class NodeRecord {

    /** How a node ended; {@code assertion} tells a failed assertion from any other exception. */
    enum Ending { SUCCESSFUL, FAILED, ABORTED, SKIPPED }

    /** The end of a node: its kind, the exception's (or skip reason's) message, and whether it was an assertion. */
    record Outcome(Ending ending, String message, boolean assertion) {
    }

    private final UniqueId id;
    private final UniqueId parent;
    private final String displayName;
    private final TestSource source;
    private final Map<String, String> entries = new LinkedHashMap<>();
    private boolean started;
    private Outcome outcome;

    NodeRecord(UniqueId id, UniqueId parent, String displayName, TestSource source) {
        this.id = id;
        this.parent = parent;
        this.displayName = displayName;
        this.source = source;
    }

    UniqueId id() {
        return id;
    }

    Optional<UniqueId> parent() {
        return Optional.ofNullable(parent);
    }

    String displayName() {
        return displayName;
    }

    Optional<TestSource> source() {
        return Optional.ofNullable(source);
    }

    /** The type of the node's own segment: engine, suite, gate, constraint, slice, column, ... */
    String segmentType() {
        return id.getLastSegment().getType();
    }

    /** The value of the node's own segment. */
    String segmentValue() {
        return id.getLastSegment().getValue();
    }

    Map<String, String> entries() {
        return entries;
    }

    /** The entry {@code key}, or null. */
    String entry(String key) {
        return entries.get(key);
    }

    void publish(Map<String, String> values) {
        entries.putAll(values);
    }

    boolean started() {
        return started;
    }

    void start() {
        started = true;
    }

    Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    void end(Outcome outcome) {
        this.outcome = outcome;
    }
}
