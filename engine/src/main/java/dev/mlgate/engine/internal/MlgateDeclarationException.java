package dev.mlgate.engine.internal;

/**
 * A suite or the run's configuration is declared wrongly; the message names the class, member or key,
 * what is wrong, and the fix. Nothing was checked, so the part it fails is an error, not a failed check.
 */
public final class MlgateDeclarationException extends RuntimeException {

    MlgateDeclarationException(String message) {
        super(message);
    }
}
