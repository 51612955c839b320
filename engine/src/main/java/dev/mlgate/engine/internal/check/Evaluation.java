package dev.mlgate.engine.internal.check;

import java.util.List;

/**
 * The result of evaluating a check: one {@link Verdict}, or a {@link Breakdown} into run-time
 * children (one per slice or per column) each with its own verdict.
 */
public sealed interface Evaluation permits Verdict, Evaluation.Breakdown {

    /**
     * Children the data decided, registered as dynamic test nodes under the check.
     *
     * @param segmentType unique-id segment type of every child, such as {@code slice} or {@code column}
     * @param parts the children in a stable order
     */
    record Breakdown(String segmentType, List<Part> parts) implements Evaluation {

        public Breakdown {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One run-time child.
     *
     * @param key stable unique-id segment value, such as {@code segment=enterprise}
     * @param displayName what the IDE tree shows
     * @param verdict the child's verdict
     */
    record Part(String key, String displayName, Verdict verdict) {
    }
}
