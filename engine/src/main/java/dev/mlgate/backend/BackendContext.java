package dev.mlgate.backend;

import dev.mlgate.data.RowSource;
import java.nio.file.Path;
import java.util.Optional;

/** What a {@link Backend} may use from the run besides the plan. */
public interface BackendContext {

    /** The configuration parameter {@code key} (such as {@code mlgate.spark.master}), trimmed; empty when unset. */
    Optional<String> parameter(String key);

    /**
     * Opens a local file with the run's reader settings (CSV delimiter, quote, null tokens, charset, the
     * artifact observer), as every local suite reads it.
     */
    RowSource open(Path file);

    /** Threads a scan on this machine may compute on ({@code mlgate.threads}); 1 is a single-threaded scan. */
    int threads();
}
