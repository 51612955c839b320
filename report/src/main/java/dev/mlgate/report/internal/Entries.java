package dev.mlgate.report.internal;

/** The report-entry keys the engine publishes, in one place. */
final class Entries {

    static final String PREFIX = "mlgate.";
    static final String VERDICT = PREFIX + "verdict";
    static final String BLOCKING = PREFIX + "blocking";
    static final String MESSAGE = PREFIX + "message";
    static final String METRIC = PREFIX + "metric";
    static final String OBSERVED = PREFIX + "observed";
    static final String EXPECTED = PREFIX + "expected";
    static final String LOWER = PREFIX + "interval.lower";
    static final String UPPER = PREFIX + "interval.upper";
    static final String P = PREFIX + "p";
    static final String P_ADJUSTED = PREFIX + "p.adjusted";
    /** A JSON array of {@code {"row": 3, "value": "..."}}; the value is null for a missing value. */
    static final String EXAMPLES = PREFIX + "examples";
    static final String DETAIL = PREFIX + "detail.";
    static final String HISTOGRAM = DETAIL + "histogram";
    static final String DIRECTION = DETAIL + "direction";

    static final String VERSION = PREFIX + "version";
    static final String SEED = PREFIX + "seed";
    static final String CONFIG_HASH = PREFIX + "config.hash";
    static final String COMPLETE = PREFIX + "run.complete";
    static final String MISSING = PREFIX + "run.missing";

    static final String SUITE_KIND = PREFIX + "suite.kind";
    /** Where a check was declared, for a test node that shows no source (see the engine's ReportedSource). */
    static final String SOURCE_CLASS = PREFIX + "source.class";
    static final String SOURCE_MEMBER = PREFIX + "source.member";
    static final String ARTIFACT = PREFIX + "artifact.";
    static final String CHART = PREFIX + "chart.";

    /** Abort-message prefixes of a non-blocking failure and of an inconclusive result. */
    static final String WARNING_PREFIX = "Warning (non-blocking): ";
    static final String INCONCLUSIVE_PREFIX = "Inconclusive: ";

    private Entries() {
    }
}
