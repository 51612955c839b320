package dev.mlgate.it;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one child Maven build: its exit code, its whole console output (also in {@code logFile}),
 * and the distinct {@code Caused by:} lines of the log and of Surefire's dump files, which say why a fork
 * failed when the log alone does not.
 */
record BuildResult(int exitCode, String log, Path logFile, List<String> causes) {

    boolean succeeded() {
        return exitCode == 0;
    }

    @Override
    public String toString() {
        return "mvn exit " + exitCode + ", log " + logFile + (causes.isEmpty() ? "" : ", " + String.join("; ", causes));
    }
}
