package dev.mlgate.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Report entries about the run as a whole, published on the engine node: the mlgate version, the seed
 * and a hash of the configuration at the start, and whether the run was complete at the end.
 */
final class RunEntries {

    private RunEntries() {
    }

    static ReportEntry started(MlgateConfiguration configuration, String channel) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ReportChannel.TOKEN_KEY, channel);
        values.put(ResultEntries.PREFIX + "version", version());
        values.put(ResultEntries.PREFIX + "seed", Long.toString(configuration.seed()));
        values.put(ResultEntries.PREFIX + "config.hash", configurationHash(configuration));
        return ReportEntry.from(values);
    }

    static ReportEntry finished(List<String> missing) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ResultEntries.PREFIX + "run.complete", Boolean.toString(missing.isEmpty()));
        if (!missing.isEmpty()) {
            values.put(ResultEntries.PREFIX + "run.missing", String.join(", ", missing));
        }
        return ReportEntry.from(values);
    }

    /**
     * SHA-256 of the settings that change results (seed, resamples, examples, slice size, format); the
     * base directory is left out so that the same inputs give the same hash on another machine.
     */
    static String configurationHash(MlgateConfiguration configuration) {
        String canonical = "seed=" + configuration.seed()
                + "\nbootstrap.resamples=" + configuration.bootstrapResamples()
                + "\nexamples.max=" + configuration.maxExamples()
                + "\nslices.min-size=" + configuration.minSliceSize()
                + "\ncsv.delimiter=" + (int) configuration.format().delimiter()
                + "\ncsv.quote=" + (int) configuration.format().quote()
                + "\ncsv.null-tokens=" + new java.util.TreeSet<>(configuration.format().nullTokens())
                + "\ncharset=" + configuration.format().charset().name() + "\n";
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    static String version() {
        try (InputStream in = RunEntries.class.getResourceAsStream("/dev/mlgate/engine/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
