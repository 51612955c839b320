package dev.mlgate.maven.internal;

import java.util.List;

/**
 * What the test class path holds for the gate: the mlgate suite classes compiled into the test output
 * directory, the classes that could not be loaded to look (each with why), and whether the mlgate
 * engine and the report listener are on the test class path at all. {@code scanned} is false when the
 * scan was switched off, and then nothing else is known.
 */
public record TestClasses(boolean scanned, List<String> suites, List<String> unloadable, boolean engineOnClasspath,
                          boolean listenerOnClasspath) {

    /** The value when the scan is switched off. */
    public static TestClasses notScanned() {
        return new TestClasses(false, List.of(), List.of(), true, true);
    }
}
