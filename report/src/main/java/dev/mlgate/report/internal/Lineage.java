package dev.mlgate.report.internal;

import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * What the report states about the run that the engine does not publish: the JVM, the git commit of
 * the working directory, the configured seed (used only when the engine did not publish its seed), and
 * the configured identity of the model the run decides on.
 */
public record Lineage(String jvm, String gitCommit, String configuredSeed, ModelIdentity model) {

    /** Lineage of a run that configures no model identity. */
    public Lineage(String jvm, String gitCommit, String configuredSeed) {
        this(jvm, gitCommit, configuredSeed, ModelIdentity.UNNAMED);
    }

    /** Reads the lineage of this JVM, of the git repository holding {@code basedir}, and of the configuration. */
    public static Lineage of(ConfigurationParameters parameters, Path basedir) {
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        String seed = parameters.get(Constants.SEED).map(String::trim).filter(value -> !value.isEmpty())
                .orElse(Long.toString(Constants.DEFAULT_SEED));
        return new Lineage(jvm, GitCommit.of(basedir).orElse(null), seed, ModelIdentity.configured(parameters));
    }
}
