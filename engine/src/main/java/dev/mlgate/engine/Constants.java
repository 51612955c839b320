package dev.mlgate.engine;

/**
 * Every configuration key mlgate reads, with its default. Set them in
 * {@code src/test/resources/junit-platform.properties}, as {@code -D} system properties, or as
 * Surefire {@code configurationParameters}. The README mirrors this list.
 */
public final class Constants {

    /** The engine id, used in unique ids and as the prefix of every key. */
    public static final String ENGINE_ID = "mlgate";

    /**
     * Directory against which relative artifact paths resolve. Default: the working directory
     * (under Maven, the module's directory).
     */
    public static final String BASEDIR = "mlgate.basedir";

    /**
     * Seed of every random procedure (bootstrap resamples). Default {@value #DEFAULT_SEED}. The same
     * inputs and seed give the same results and byte-identical reports.
     */
    public static final String SEED = "mlgate.seed";

    /** Default of {@link #SEED}. */
    public static final long DEFAULT_SEED = 42L;

    /**
     * Number of bootstrap resamples for confidence intervals. Default {@value #DEFAULT_BOOTSTRAP_RESAMPLES};
     * from 100 to 10,000,000.
     */
    public static final String BOOTSTRAP_RESAMPLES = "mlgate.bootstrap.resamples";

    /** Default of {@link #BOOTSTRAP_RESAMPLES}. */
    public static final int DEFAULT_BOOTSTRAP_RESAMPLES = 1000;

    /**
     * How many example violations (value and 1-based data row) a failure message shows.
     * Default {@value #DEFAULT_MAX_EXAMPLES}; 0 shows none.
     */
    public static final String MAX_EXAMPLES = "mlgate.examples.max";

    /** Default of {@link #MAX_EXAMPLES}. */
    public static final int DEFAULT_MAX_EXAMPLES = 20;

    /**
     * Smallest number of rows a slice needs for its gates to decide; a smaller slice is inconclusive
     * (reported as aborted with the reason). Default {@value #DEFAULT_MIN_SLICE_SIZE}; a suite's
     * {@code minSliceSize} attribute overrides it.
     */
    public static final String MIN_SLICE_SIZE = "mlgate.slices.min-size";

    /** Default of {@link #MIN_SLICE_SIZE}. */
    public static final int DEFAULT_MIN_SLICE_SIZE = 30;

    /** Field delimiter of CSV artifacts, one character. Default {@code ,}; {@code \t} means a tab. */
    public static final String CSV_DELIMITER = "mlgate.csv.delimiter";

    /** Quote character of CSV artifacts, one character. Default {@code "}. */
    public static final String CSV_QUOTE = "mlgate.csv.quote";

    /**
     * Comma-separated field values read as null (missing). Default: the empty field, {@code NA},
     * {@code N/A}, {@code null}, {@code NULL}. Write {@code <empty>} for the empty field.
     */
    public static final String CSV_NULL_TOKENS = "mlgate.csv.null-tokens";

    /**
     * The most characters one CSV record (a row, with all its fields and line breaks in quotes) may hold.
     * Default {@value dev.mlgate.data.ArtifactFormat#DEFAULT_MAX_RECORD_CHARS} (16 Mi); from 1,024 to
     * 1,073,741,824. A longer record is almost always an unterminated quote; reading on would only fill the
     * heap, two bytes per character.
     */
    public static final String CSV_MAX_RECORD_CHARS = "mlgate.csv.max-record-chars";

    /** Charset of text artifacts, decoded strictly (invalid bytes are an error). Default {@code UTF-8}. */
    public static final String CHARSET = "mlgate.charset";

    /**
     * Directory the report files are written to. Default: {@code mlgate} under the JUnit Platform
     * reporting output directory (under Maven, {@code target/mlgate}).
     */
    public static final String REPORT_DIR = "mlgate.report.dir";

    /**
     * Path of the history file each run appends its key metrics to, for trends and retraining signals.
     * Default: {@code history.jsonl} in the report directory.
     */
    public static final String REPORT_HISTORY = "mlgate.report.history";

    /** Whether the report files are written at the end of a run. Default {@code true}. */
    public static final String REPORT_ENABLED = "mlgate.report.enabled";

    /**
     * What a baseline comparison does when its baseline file does not exist: {@code fail} (the default)
     * or {@code pass}, which passes every comparison and states that no baseline existed (a first run).
     * A suite's {@code firstRun} attribute overrides it.
     */
    public static final String BASELINE_FIRST_RUN = "mlgate.baseline.first-run";

    /**
     * The date "not in the future" is judged against, ISO-8601 ({@code 2026-01-31}), for reproducible
     * runs. Default: the current date in UTC. When set, date-times and instants up to the end of that day
     * are not in the future.
     */
    public static final String TODAY = "mlgate.today";

    /**
     * Fully qualified name of a {@code dev.mlgate.data.ArtifactObserver} with a public no-argument
     * constructor, told of every artifact opened and scanned: for progress reporting, or to prove that
     * each file is read once. Default: none.
     */
    public static final String ARTIFACT_OBSERVER = "mlgate.artifacts.observer";

    /**
     * The backend that computes a data contract's metrics: {@code local} (the default) streams the file on
     * this machine; a module on the test class path contributes others (such as {@code spark} from
     * {@code mlgate-spark}). An unknown name fails every data contract, naming the backends available.
     */
    public static final String BACKEND = "mlgate.backend";

    /** Default of {@link #BACKEND}. */
    public static final String DEFAULT_BACKEND = "local";

    /**
     * Threads a data contract's local scan computes on, from 1 to {@value #MAX_THREADS}. Default: the
     * available processors. With 1 the calling thread reads and computes alone; with more, it reads the
     * file while that many threads compute, each owning whole columns (and the row rules, each row metric),
     * so results are identical to the single-threaded scan bit for bit, examples and their order included.
     */
    public static final String THREADS = "mlgate.threads";

    /** Most threads {@link #THREADS} accepts. */
    public static final int MAX_THREADS = 1024;

    private Constants() {
    }
}
