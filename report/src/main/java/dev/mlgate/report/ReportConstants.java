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

    /**
     * Retraining trigger "new labelled data": the relative growth of a dataset's rows since the model in force
     * was approved that recommends retraining. Default {@value #DEFAULT_RETRAIN_NEW_DATA_MIN_GROWTH}.
     */
    public static final String RETRAIN_NEW_DATA_MIN_GROWTH = "mlgate.retrain.new-data.min-growth";

    /** Default of {@link #RETRAIN_NEW_DATA_MIN_GROWTH}: a quarter more rows. */
    public static final double DEFAULT_RETRAIN_NEW_DATA_MIN_GROWTH = 0.25;

    /** Retraining trigger "new labelled data": rows added since approval that recommend retraining; default off. */
    public static final String RETRAIN_NEW_DATA_MIN_ROWS = "mlgate.retrain.new-data.min-rows";

    /**
     * Retraining trigger "performance degraded": how far the production model's metric may fall below its value
     * when it was approved (in the metric's direction). Default {@value #DEFAULT_RETRAIN_DEGRADATION_TOLERANCE}.
     */
    public static final String RETRAIN_DEGRADATION_TOLERANCE = "mlgate.retrain.degradation.tolerance";

    /** Default of {@link #RETRAIN_DEGRADATION_TOLERANCE}. */
    public static final double DEFAULT_RETRAIN_DEGRADATION_TOLERANCE = 0.02;

    /** Retraining trigger "model age": an ISO-8601 duration; default {@value #DEFAULT_RETRAIN_MAX_MODEL_AGE}. */
    public static final String RETRAIN_MAX_MODEL_AGE = "mlgate.retrain.max-model-age";

    /** Default of {@link #RETRAIN_MAX_MODEL_AGE}: 90 days. */
    public static final String DEFAULT_RETRAIN_MAX_MODEL_AGE = "P90D";

    /** Retraining signal {@code drift}: whether a failed or warning drift check recommends retraining; default true. */
    public static final String RETRAIN_DRIFT = "mlgate.retrain.drift";

    private ReportConstants() {
    }
}
