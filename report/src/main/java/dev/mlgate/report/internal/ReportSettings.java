package dev.mlgate.report.internal;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.internal.Placeholders;
import dev.mlgate.report.ReportConstants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Where the report goes, read once from the configuration. The report directory is
 * {@code mlgate.report.dir} (relative to {@code mlgate.basedir}, else the working directory); by
 * default {@code mlgate} under the JUnit Platform's reporting root, which is {@code target} in a Maven
 * module; when that root is the working directory itself and a {@code target} directory exists there,
 * {@code target/mlgate} is used instead. Both paths accept {@code ${name}} and {@code ${name:-default}}
 * placeholders, resolved as artifact paths are. {@code summaryLines} is the most lines summary.md holds.
 * Invalid values are {@link #problems()}, printed by the listener.
 */
public record ReportSettings(boolean enabled, Path basedir, Path reportDir, Path historyFile, List<String> problems,
                             int summaryLines) {

    /** Settings with the default length of summary.md. */
    public ReportSettings(boolean enabled, Path basedir, Path reportDir, Path historyFile, List<String> problems) {
        this(enabled, basedir, reportDir, historyFile, problems, ReportConstants.DEFAULT_SUMMARY_LINES);
    }

    /** Settings read without a problem. */
    public ReportSettings(boolean enabled, Path basedir, Path reportDir, Path historyFile) {
        this(enabled, basedir, reportDir, historyFile, List.of());
    }

    /** Reads the settings; {@code reportingRoot} is the platform's reporting root directory, if known. */
    public static ReportSettings of(ConfigurationParameters parameters, Optional<Path> reportingRoot) {
        Path workingDir = Path.of("").toAbsolutePath().normalize();
        Path basedir = text(parameters, Constants.BASEDIR).map(workingDir::resolve).orElse(workingDir).normalize();
        List<String> problems = new ArrayList<>();
        Placeholders placeholders = Placeholders.of(parameters);
        Path reportDir = path(parameters, Constants.REPORT_DIR, placeholders, problems)
                .map(dir -> basedir.resolve(dir).normalize())
                .orElseGet(() -> defaultDir(reportingRoot, workingDir));
        Path history = path(parameters, ReportConstants.HISTORY, placeholders, problems)
                .map(file -> basedir.resolve(file).normalize())
                .orElse(reportDir.resolve(ReportConstants.DEFAULT_HISTORY_FILE));
        boolean enabled = enabled(text(parameters, ReportConstants.ENABLED), problems);
        int lines = summaryLines(text(parameters, ReportConstants.SUMMARY_LINES), problems);
        return new ReportSettings(enabled, basedir, reportDir, history, List.copyOf(problems), lines);
    }

    /** A whole number of at least {@link ReportConstants#MIN_SUMMARY_LINES}; anything else is a problem and the default. */
    private static int summaryLines(Optional<String> value, List<String> problems) {
        if (value.isEmpty()) {
            return ReportConstants.DEFAULT_SUMMARY_LINES;
        }
        try {
            int lines = Integer.parseInt(value.get());
            if (lines >= ReportConstants.MIN_SUMMARY_LINES) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("Invalid configuration value for '" + ReportConstants.SUMMARY_LINES + "': '" + value.get()
                + "' is not a whole number of at least " + ReportConstants.MIN_SUMMARY_LINES + "; using "
                + ReportConstants.DEFAULT_SUMMARY_LINES);
        return ReportConstants.DEFAULT_SUMMARY_LINES;
    }

    /**
     * {@code true} or {@code false}, case-insensitive. Anything else is a problem and the report stays
     * enabled: a typo must not silently drop the report and the promotion decision a deployment reads.
     */
    private static boolean enabled(Optional<String> value, List<String> problems) {
        if (value.isEmpty() || value.get().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.get().equalsIgnoreCase("false")) {
            return false;
        }
        problems.add("Invalid configuration value for '" + ReportConstants.ENABLED + "': '" + value.get()
                + "' is neither true nor false (case-insensitive); writing the report, the default");
        return true;
    }

    /** The path set for {@code key} with its placeholders resolved; unresolvable, a problem and the default. */
    private static Optional<String> path(ConfigurationParameters parameters, String key, Placeholders placeholders,
            List<String> problems) {
        try {
            return text(parameters, key).map(value -> placeholders.resolve(value, key));
        } catch (Placeholders.UnresolvedPlaceholderException e) {
            problems.add(e.getMessage() + "; using the default");
            return Optional.empty();
        }
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
