package dev.mlgate.report.internal;

import dev.mlgate.engine.Constants;
import dev.mlgate.report.ReportConstants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Where the report goes, read once from the configuration. The report directory is
 * {@code mlgate.report.dir} (relative to {@code mlgate.basedir}, else the working directory); by
 * default {@code mlgate} under the JUnit Platform's reporting root, which is {@code target} in a Maven
 * module; when that root is the working directory itself and a {@code target} directory exists there,
 * {@code target/mlgate} is used instead.
 */
public record ReportSettings(boolean enabled, Path basedir, Path reportDir, Path historyFile) {

    /** Reads the settings; {@code reportingRoot} is the platform's reporting root directory, if known. */
    public static ReportSettings of(ConfigurationParameters parameters, Optional<Path> reportingRoot) {
        Path workingDir = Path.of("").toAbsolutePath().normalize();
        Path basedir = text(parameters, Constants.BASEDIR).map(workingDir::resolve).orElse(workingDir).normalize();
        Path reportDir = text(parameters, Constants.REPORT_DIR)
                .map(dir -> basedir.resolve(dir).normalize())
                .orElseGet(() -> defaultDir(reportingRoot, workingDir));
        Path history = text(parameters, ReportConstants.HISTORY)
                .map(file -> basedir.resolve(file).normalize())
                .orElse(reportDir.resolve(ReportConstants.DEFAULT_HISTORY_FILE));
        boolean enabled = parameters.getBoolean(ReportConstants.ENABLED).orElse(true);
        return new ReportSettings(enabled, basedir, reportDir, history);
    }

    static Path defaultDir(Optional<Path> reportingRoot, Path workingDir) {
        Path root = reportingRoot.map(path -> path.toAbsolutePath().normalize()).orElse(workingDir);
        if (root.equals(workingDir) && Files.isDirectory(workingDir.resolve("target"))) {
            root = workingDir.resolve("target");
        }
        return root.resolve(ReportConstants.DEFAULT_DIR_NAME);
    }

    private static Optional<String> text(ConfigurationParameters parameters, String key) {
        return parameters.get(key).map(String::trim).filter(value -> !value.isEmpty());
    }
}
