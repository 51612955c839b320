package dev.mlgate.baseline;

/**
 * What a {@link BaselineComparison} does when its baseline file does not exist, as on the first run
 * before any model is in production.
 */
public enum FirstRun {

    /** The configuration parameter {@value #CONFIGURATION_KEY} decides ({@code fail} or {@code pass}; default fail). */
    CONFIGURED,

    /** A missing baseline fails the suite, naming the file. */
    FAIL,

    /**
     * Every comparison passes, its message stating that no baseline existed; the report entry carries
     * {@code mlgate.detail.firstRun=true}. The candidate file is still read and validated.
     */
    PASS;

    /** Configuration key read when a suite declares {@link #CONFIGURED}: {@code fail} (default) or {@code pass}. */
    public static final String CONFIGURATION_KEY = dev.mlgate.engine.Constants.BASELINE_FIRST_RUN;
}
