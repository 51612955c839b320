package dev.mlgate.lifecycle;

/**
 * One file of an approved baseline: its role ({@value #PREDICTIONS} or {@value #REFERENCE}), where it lies
 * relative to the model's baseline directory, its SHA-256 at approval, and the path it was approved from
 * (relative to the project's base directory), so a reader can tell what the run checked.
 */
public record BaselineFile(String role, String path, String sha256, String source) {

    /** The role of a model's predictions on the evaluation rows: what a comparison reads as its baseline. */
    public static final String PREDICTIONS = "predictions";

    /** The role of a dataset blessed as the drift reference: what a contract's {@code @NoDrift} compares with. */
    public static final String REFERENCE = "reference";
}
