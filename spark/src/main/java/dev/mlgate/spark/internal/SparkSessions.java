package dev.mlgate.spark.internal;

import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a run computes on: the application's active session when there is one (a job or a
 * notebook that already runs Spark), else one built for the run from {@code mlgate.spark.master}.
 */
public final class SparkSessions {

    /** Configuration key of the master URL of a session mlgate builds itself. */
    public static final String MASTER = "mlgate.spark.master";

    /** The master URL used when none is configured: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    /** The active or default session, or a new one on the configured master. */
    public static SparkSession obtain(Function<String, String> parameters) {
        SparkSession active = SparkSession.getActiveSession().getOrElse(() -> null);
        if (active != null) {
            return active;
        }
        SparkSession existing = SparkSession.getDefaultSession().getOrElse(() -> null);
        if (existing != null) {
            return existing;
        }
        String master = parameters.apply(MASTER);
        return SparkSession.builder()
                .appName("mlgate")
                .master(master == null || master.isBlank() ? DEFAULT_MASTER : master)
                // a test run needs no web UI; its port would clash between parallel builds
                .config("spark.ui.enabled", "false")
                // small shuffles: adaptive execution coalesces the uniqueness and histogram shuffles
                .config("spark.sql.adaptive.enabled", "true")
                .getOrCreate();
    }
}
