package dev.mlgate.maven.internal;

/**
 * One reason the gate does not pass: a short {@code title} for the summary line (NO REPORT, STALE
 * REPORT, ...) and a {@code message} that says what happened and what to do.
 */
public record Problem(String title, String message) {
}
