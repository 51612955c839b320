package dev.mlgate.benchmarks.suites;

import dev.mlgate.benchmarks.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the seeded paired predictions of the quality-suite benchmark (issue "Speed"): one row per
 * evaluated example with its label, the candidate's and the production model's probability and one of
 * eight segments. Both scores share the example's signal and a common noise term, so the two models are
 * correlated as real successive models are; the candidate sees a little more of the signal, and the
 * segments differ in prevalence, so slices differ too. Scores have six decimals (ties occur at a million
 * rows, as they do in real score files) and stay inside (0, 1), so log loss is finite for both tools.
 *
 * <p>The same rows and seed give the same bytes. Run as a program:
 * {@code java -cp benchmarks.jar dev.mlgate.benchmarks.suites.PairedPredictions <file> [rows] [seed]}.
 */
public final class PairedPredictions {

    /** Seed of the benchmark files. */
    public static final long SEED = 20_260_419L;
    /** The header. */
    public static final String HEADER = "id,label,segment,candidate,production";

    private static final String[] SEGMENTS = {"north", "south", "east", "west", "online", "retail", "partner", "other"};

    private PairedPredictions() {
    }

    /** Writes the file named by the first argument; optional rows (default 1,000,000) and seed follow. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PairedPredictions <file> [rows] [seed]");
            System.exit(2);
        }
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        write(Path.of(args[0]), rows, seed);
    }

    /** Writes {@code rows} rows and the header to {@code file} (UTF-8, {@code \n}). */
    public static Path write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(64);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            for (long i = 1; i <= rows; i++) {
                int segment = random.nextInt(SEGMENTS.length);
                // prevalence from 20% to 41% across segments
                boolean positive = random.nextDouble() < 0.20 + 0.03 * segment;
                double signal = (positive ? 1.0 : -1.0) + random.nextGaussian();
                double shared = random.nextGaussian();
                double candidate = -0.9 + 1.3 * signal + 0.8 * shared + 0.5 * random.nextGaussian();
                double production = -0.9 + 1.1 * signal + 0.8 * shared + 0.7 * random.nextGaussian();
                line.setLength(0);
                line.append(i).append(',').append(positive ? '1' : '0').append(',').append(SEGMENTS[segment]).append(',');
                CsvText.fixed(line, probability(candidate), 6).append(',');
                CsvText.fixed(line, probability(production), 6).append('\n');
                out.append(line);
            }
        }
        return file;
    }

    /** The logistic of {@code x}, kept within [0.000001, 0.999999] so that six decimals never round to 0 or 1. */
    private static double probability(double x) {
        double p = 1 / (1 + Math.exp(-x));
        return Math.min(0.999999, Math.max(0.000001, p));
    }
}
