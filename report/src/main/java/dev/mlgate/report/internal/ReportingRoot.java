package dev.mlgate.report.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.launcher.TestPlan;

/**
 * The platform's reporting root directory, from the experimental {@code OutputDirectoryCreator} API;
 * kept in this one class so that a platform upgrade touches one file.
 */
public final class ReportingRoot {

    private ReportingRoot() {
    }

    /** The root directory of the plan's output directory creator, or empty when the platform offers none. */
    public static Optional<Path> of(TestPlan plan) {
        try {
            return Optional.ofNullable(plan.getOutputDirectoryCreator()).map(creator -> creator.getRootDirectory());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
