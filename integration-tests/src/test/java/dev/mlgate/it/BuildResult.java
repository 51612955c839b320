package dev.mlgate.it;

import java.nio.file.Path;

/** The outcome of one child Maven build: its exit code and its whole console output (also in {@code logFile}). */
record BuildResult(int exitCode, String log, Path logFile) {

    boolean succeeded() {
        return exitCode == 0;
    }

    @Override
    public String toString() {
        return "mvn exit " + exitCode + ", log " + logFile;
    }
}
