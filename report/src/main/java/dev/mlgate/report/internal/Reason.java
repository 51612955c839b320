package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One reason for a decision, as promotion.json states it: what kind of reason, the check or suite it is
 * about (unique id, name, kind of check, status) when there is one, and the cause on one line.
 */
public record Reason(String kind, String check, String name, String checkKind, String status, String cause) {

    /** A blocking check that did not pass (or any check that errored). */
    public static final String BLOCKING_CHECK = "blocking-check";
    /** A suite that could not be evaluated (a missing or unreadable file). */
    public static final String SUITE_ERROR = "suite-error";
    /** The run was filtered to a subset of the checks. */
    public static final String PARTIAL_RUN = "partial-run";
    /** The engine did not say whether every check ran. */
    public static final String UNKNOWN_COMPLETENESS = "unknown-completeness";
    /** No check ran. */
    public static final String NOTHING_RAN = "nothing-ran";
    /** Every blocking check passed in a complete run: the reason of a PROMOTE. */
    public static final String ALL_PASSED = "all-passed";
    /** The run is under way (a RUNNING promotion.json). */
    public static final String RUNNING = "running";

    /** A reason about the run as a whole. */
    static Reason ofRun(String kind, String cause) {
        return new Reason(kind, null, null, null, null, cause);
    }

    /** The reason as a sentence, as the console and the Maven plugin print it. */
    public String text() {
        return name == null ? cause : name + (status == null ? "" : " " + status) + ": " + cause;
    }

    /** The reason as a promotion.json object, leaving out what it does not have. */
    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("kind", kind);
        Json.putText(node, "check", check);
        Json.putText(node, "name", name);
        Json.putText(node, "checkKind", checkKind);
        Json.putText(node, "status", status);
        node.put("cause", cause);
        return node;
    }
}
