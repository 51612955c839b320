package dev.mlgate.model.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine latency was measured on, recorded with every latency figure because the figure means
 * little without it.
 *
 * @param cores processors available to the JVM
 * @param cpu the CPU model ({@code /proc/cpuinfo}'s model name), or {@code unknown}
 * @param os operating system name, version and architecture
 * @param jvm the Java runtime's vendor and version
 */
public record Machine(int cores, String cpu, String os, String jvm) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    }

    /** {@code 2 cores, Intel(R) Xeon(R) ..., Linux 6.1 amd64, Eclipse Adoptium 17.0.12}. */
    public String describe() {
        return cores + " cores, " + cpu + ", " + os + ", " + jvm;
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
