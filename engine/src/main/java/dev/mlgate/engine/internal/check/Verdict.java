package dev.mlgate.engine.internal.check;

/**
 * What one check, or one slice or column of it, concluded. Blocking or not is the check's property,
 * applied when the verdict is reported.
 */
public sealed interface Verdict extends Evaluation {

    /** What the check observed, for the failure message and the report. */
    Evidence evidence();

    /** One line a person reads: what was checked and what was found. */
    String message();

    /** The check holds. */
    record Passed(String message, Evidence evidence) implements Verdict {
    }

    /** The check is violated; {@code expected} and {@code actual} feed the IDE's diff view. */
    record Failed(String message, String expected, String actual, Evidence evidence) implements Verdict {
    }

    /** The evidence cannot decide (too few rows, an undefined metric, an interval straddling the bound). */
    record Inconclusive(String message, Evidence evidence) implements Verdict {
    }

    static Verdict passed(String message, Evidence evidence) {
        return new Passed(message, evidence);
    }

    static Verdict failed(String message, String expected, String actual, Evidence evidence) {
        return new Failed(message, expected, actual, evidence);
    }

    static Verdict inconclusive(String message, Evidence evidence) {
        return new Inconclusive(message, evidence);
    }
}
