package dev.mlgate.lifecycle;

/**
 * An approval or rollback that was refused, with the reason a user can act on: a run that did not decide
 * PROMOTE, a stale or replaced report, a file that changed since the run, an unknown baseline id.
 */
public final class LifecycleException extends Exception {

    public LifecycleException(String message) {
        super(message);
    }
}
