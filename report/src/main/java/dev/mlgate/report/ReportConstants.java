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

    /**
     * The name of the model the run decides on, written to promotion.json ({@code model.name}); a suite
     * that evaluates another model says so with {@code @ModelQuality(model = ...)}. Default: the one model
     * the {@code @BaselineComparison} suites name as their candidate ({@code model}), else none.
     */
    public static final String MODEL_NAME = "mlgate.model.name";

    /** The version of that model (a build number, a registry version, a git commit), for promotion.json. Default: none. */
    public static final String MODEL_VERSION = "mlgate.model.version";

    /**
     * The most lines summary.md holds; the full table of checks is cut to fit, naming what was left out.
     * Default: {@value #DEFAULT_SUMMARY_LINES}; at least {@value #MIN_SUMMARY_LINES}.
     */
    public static final String SUMMARY_LINES = "mlgate.report.summary.lines";

    /** Default of {@link #SUMMARY_LINES}: under 60, short enough for a pull-request comment. */
    public static final int DEFAULT_SUMMARY_LINES = 59;

    /** The fewest lines {@link #SUMMARY_LINES} accepts: the decision, the counts and a few causes. */
    public static final int MIN_SUMMARY_LINES = 30;

    private ReportConstants() {
    }
}
