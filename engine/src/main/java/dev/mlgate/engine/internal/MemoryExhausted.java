package dev.mlgate.engine.internal;

import java.util.Locale;

/**
 * Says what to do when a suite or a check runs out of memory. JUnit treats an OutOfMemoryError as
 * unrecoverable and ends the whole run with it, losing every other suite's results and the report; the
 * state that exhausted the heap belongs to one suite, so mlgate catches the error there, lets that state
 * go, and fails only that part with this explanation.
 */
final class MemoryExhausted extends RuntimeException implements dev.mlgate.engine.internal.check.ExplainedFailure {

    private MemoryExhausted(String message) {
        super(message, null, false, false);
    }

    static MemoryExhausted in(String what) {
        long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new MemoryExhausted(what + " ran out of memory: the test JVM may use at most "
                + String.format(Locale.ROOT, "%,d", maxMegabytes) + " MB of heap. Give it more (Maven Surefire:"
                + " <argLine>-Xmx4g</argLine>; console launcher: java -Xmx4g ...), or, for a very large file, drop the"
                + " constraints that keep a value per row (@Unique, @UniqueTogether, @NoDuplicateRows,"
                + " @DistinctCount, @Median, @Quantile) or check them on a sample. The other suites still ran.");
    }
}
