package dev.mlgate.report;

import dev.mlgate.engine.Constants;

/**
 * Every configuration key the report reads, with its default. Set them like the engine's keys: in
 * {@code junit-platform.properties}, as {@code -D} system properties, or as Surefire
 * {@code configurationParameters}. The module's README mirrors this list.
 */
public final class ReportConstants {

    /**
     * Directory the report files are written to, resolved against {@code mlgate.basedir} (else the
     * working directory). Default: {@value #DEFAULT_DIR_NAME} under the JUnit Platform's reporting root
     * ({@code target/mlgate} in a Maven module); when that root is the working directory and a
     * {@code target} directory exists there, {@code target/mlgate}.
     */
    public static final String REPORT_DIR = Constants.REPORT_DIR;

    /** Name of the default report directory under the reporting root. */
    public static final String DEFAULT_DIR_NAME = "mlgate";

    /**
     * The history file, one JSON line of gate values per run, resolved against {@code mlgate.basedir}.
     * Default: {@value #DEFAULT_HISTORY_FILE} in the report directory. Point it outside {@code target}
     * (or cache it in CI) to keep the history across clean builds.
     */
    public static final String HISTORY = Constants.REPORT_HISTORY;

    /** Default file name of {@link #HISTORY}. */
    public static final String DEFAULT_HISTORY_FILE = "history.jsonl";

    /** Whether the listener writes reports at all: {@code true} (default) or {@code false}. */
    public static final String ENABLED = Constants.REPORT_ENABLED;

    private ReportConstants() {
    }
}
