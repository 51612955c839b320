package dev.mlgate.lifecycle;

import java.nio.file.Path;

/**
 * A baseline file no longer matches the SHA-256 its manifest recorded (or is gone): someone changed the
 * approved baseline outside the approve/rollback commands, so nothing compared with it can be trusted.
 */
public final class BaselineIntegrityException extends RuntimeException {

    private final transient Path file;
    private final String expected;
    private final String found;

    public BaselineIntegrityException(Path manifest, String entryId, String role, Path file, String expected,
            String found) {
        super("Baseline integrity: " + manifest + " entry " + entryId + " (" + role + "): the file " + file
                + (found == null ? " is missing" : " has SHA-256 " + found) + " but the manifest recorded "
                + expected + "; it was changed after approval. Approve the intended file again or roll back.");
        this.file = file;
        this.expected = expected;
        this.found = found;
    }

    /** The file that does not match. */
    public Path file() {
        return file;
    }

    /** The SHA-256 the manifest recorded. */
    public String expected() {
        return expected;
    }

    /** The SHA-256 found on disk, or null when the file is missing. */
    public String found() {
        return found;
    }
}
