package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.check.ExplainedFailure;

/** The candidate's and the baseline's rows cannot be paired; the message names the files and the ids. */
final class JoinException extends RuntimeException implements ExplainedFailure {

    private static final long serialVersionUID = 1L;

    JoinException(String message) {
        super(message);
    }
}
