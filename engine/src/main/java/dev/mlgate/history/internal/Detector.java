package dev.mlgate.history.internal;

/**
 * An anomaly detection strategy applied to one new value: is {@code current}, measured after
 * {@code history} (oldest first), an anomaly? Each implementation states its formula and which of
 * Deequ's strategies it follows.
 */
public interface Detector {

    /** The strategy's name for messages, such as {@code online normal (3.0 sd below, 3.0 sd above)}. */
    String describe();

    /** How many earlier values the strategy needs before it can decide. */
    int needed();

    /**
     * Judges {@code current} against {@code history}.
     *
     * @param history earlier values, oldest first; at least {@link #needed()} of them
     */
    Detection detect(double[] history, double current);
}
