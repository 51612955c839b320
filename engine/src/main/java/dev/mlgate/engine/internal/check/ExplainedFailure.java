package dev.mlgate.engine.internal.check;

/**
 * Marks an exception whose message states everything a user needs (the file, row, column or key and
 * what is wrong): reports show the message alone, without the exception's stack.
 */
public interface ExplainedFailure {
}
