package dev.mlgate.engine.internal;

import static dev.mlgate.engine.Constants.ARTIFACT_OBSERVER;
import static dev.mlgate.engine.Constants.BACKEND;
import static dev.mlgate.engine.Constants.BASEDIR;
import static dev.mlgate.engine.Constants.BOOTSTRAP_RESAMPLES;
import static dev.mlgate.engine.Constants.CHARSET;
import static dev.mlgate.engine.Constants.CSV_DELIMITER;
import static dev.mlgate.engine.Constants.CSV_MAX_RECORD_CHARS;
import static dev.mlgate.engine.Constants.CSV_NULL_TOKENS;
import static dev.mlgate.engine.Constants.CSV_QUOTE;
import static dev.mlgate.engine.Constants.DEFAULT_BACKEND;
import static dev.mlgate.engine.Constants.DEFAULT_BOOTSTRAP_RESAMPLES;
import static dev.mlgate.engine.Constants.DEFAULT_MAX_EXAMPLES;
import static dev.mlgate.engine.Constants.DEFAULT_MIN_SLICE_SIZE;
import static dev.mlgate.engine.Constants.DEFAULT_SEED;
import static dev.mlgate.engine.Constants.MAX_EXAMPLES;
import static dev.mlgate.engine.Constants.MAX_THREADS;
import static dev.mlgate.engine.Constants.MIN_SLICE_SIZE;
import static dev.mlgate.engine.Constants.REPORT_DIR;
import static dev.mlgate.engine.Constants.SEED;
import static dev.mlgate.engine.Constants.THREADS;
import static dev.mlgate.engine.Constants.TODAY;

import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration, read once per run into typed values with named defaults. Invalid
 * values are kept as {@link #problems()} so discovery can report them instead of throwing.
 */
public record MlgateConfiguration(
        Path basedir,
        long seed,
        int bootstrapResamples,
        int maxExamples,
        int minSliceSize,
        ArtifactFormat format,
        Optional<LocalDate> today,
        ArtifactObserver observer,
        Optional<Path> reportDir,
        String backend,
        int threads,
        Function<String, String> parameters,
        List<String> problems) {

    /** Fewest bootstrap resamples: fewer make the tails of a percentile interval mere noise. */
    static final long MIN_RESAMPLES = 100;
    /** Most bootstrap resamples: each interval holds one double per resample in memory. */
    static final long MAX_RESAMPLES = 10_000_000;

    /** Reads every {@code mlgate.*} key from {@code parameters}, falling back to the defaults. */
    public static MlgateConfiguration read(ConfigurationParameters parameters) {
        Reader reader = new Reader(parameters);
        Path basedir = reader.string(BASEDIR).map(Path::of).orElse(Path.of("")).toAbsolutePath().normalize();
        long seed = reader.number(SEED, DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        int resamples = (int) reader.number(BOOTSTRAP_RESAMPLES, DEFAULT_BOOTSTRAP_RESAMPLES, MIN_RESAMPLES,
                MAX_RESAMPLES);
        int maxExamples = (int) reader.number(MAX_EXAMPLES, DEFAULT_MAX_EXAMPLES, 0, Integer.MAX_VALUE);
        int minSliceSize = (int) reader.number(MIN_SLICE_SIZE, DEFAULT_MIN_SLICE_SIZE, 1, Integer.MAX_VALUE);
        ArtifactFormat format = reader.format();
        Optional<LocalDate> today = reader.date(TODAY);
        ArtifactObserver observer = reader.observer(ARTIFACT_OBSERVER);
        Optional<Path> reportDir = reader.string(REPORT_DIR).map(dir -> basedir.resolve(dir).normalize());
        return new MlgateConfiguration(basedir, seed, resamples, maxExamples, minSliceSize, format, today, observer,
                reportDir, reader.string(BACKEND).orElse(DEFAULT_BACKEND),
                (int) reader.number(THREADS, Runtime.getRuntime().availableProcessors(), 1, MAX_THREADS),
                key -> parameters.get(key).orElse(null), List.copyOf(reader.problems));
    }

    /** Opens an artifact with the configured format, telling the configured observer. */
    public RowSource open(Path file) {
        return Artifacts.open(file, format, observer);
    }

    /**
     * Resolves placeholders in {@code declared} and then the path against {@link #basedir()};
     * {@code where} names the annotation attribute it comes from, such as {@code @DataContract(data)}.
     */
    public Path resolvePath(String declared, String where) {
        String resolved = new Placeholders(parameters, System::getenv).resolve(declared, where);
        return basedir.resolve(resolved).normalize();
    }

    private static final class Reader {

        private final ConfigurationParameters parameters;
        private final List<String> problems = new ArrayList<>();

        Reader(ConfigurationParameters parameters) {
            this.parameters = parameters;
        }

        Optional<String> string(String key) {
            return parameters.get(key).map(String::trim).filter(value -> !value.isEmpty());
        }

        /**
         * A whole number in [minimum, maximum]. The text is read without a size limit, so a value too large
         * for its type is reported, never wrapped ({@code 4294967396} is not {@code 100}).
         */
        long number(String key, long defaultValue, long minimum, long maximum) {
            Optional<String> value = string(key);
            if (value.isEmpty()) {
                return defaultValue;
            }
            String range = "a whole number from " + minimum + " to " + maximum;
            if (!value.get().matches("[+-]?[0-9]+")) {
                boolean anyLong = minimum == Long.MIN_VALUE && maximum == Long.MAX_VALUE;
                problems.add(invalid(key, value.get(), anyLong ? "a whole number" : range, defaultValue));
                return defaultValue;
            }
            BigInteger parsed = new BigInteger(value.get());
            if (parsed.compareTo(BigInteger.valueOf(minimum)) < 0 || parsed.compareTo(BigInteger.valueOf(maximum)) > 0) {
                problems.add(invalid(key, value.get(), range, defaultValue));
                return defaultValue;
            }
            return parsed.longValueExact();
        }

        Optional<LocalDate> date(String key) {
            Optional<String> value = string(key);
            try {
                return value.map(LocalDate::parse);
            } catch (DateTimeParseException e) {
                problems.add(invalid(key, value.get(), "an ISO-8601 date such as 2026-01-31", "the current date"));
                return Optional.empty();
            }
        }

        ArtifactObserver observer(String key) {
            Optional<String> value = string(key);
            if (value.isEmpty()) {
                return ArtifactObserver.NONE;
            }
            try {
                Class<?> type = Class.forName(value.get(), true, Thread.currentThread().getContextClassLoader());
                return (ArtifactObserver) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                problems.add(invalid(key, value.get(), "an ArtifactObserver class with a public no-argument"
                        + " constructor (" + e + ")", "none"));
                return ArtifactObserver.NONE;
            }
        }

        ArtifactFormat format() {
            ArtifactFormat format = ArtifactFormat.DEFAULT;
            char delimiter = character(CSV_DELIMITER, format.delimiter()).orElse(format.delimiter());
            char quote = character(CSV_QUOTE, format.quote()).orElse(format.quote());
            // the format refuses a delimiter equal to its quote; a configured clash falls back to the defaults
            if (delimiter == quote && parameters.get(CSV_QUOTE).isPresent()) {
                problems.add(invalid(CSV_QUOTE, shown(String.valueOf(quote)), "a character other than the"
                        + " delimiter '" + shown(String.valueOf(delimiter)) + "'", "'" + format.quote() + "'"));
                quote = format.quote();
            }
            if (delimiter == quote) {
                problems.add(invalid(CSV_DELIMITER, shown(String.valueOf(delimiter)), "a character other than the"
                        + " quote '" + shown(String.valueOf(quote)) + "'", "'" + format.delimiter() + "'"));
                delimiter = format.delimiter();
            }
            format = format.withDelimiter(delimiter).withQuote(quote);
            Optional<String> nulls = parameters.get(CSV_NULL_TOKENS);
            if (nulls.isPresent()) {
                Set<String> tokens = Arrays.stream(nulls.get().split(",", -1))
                        .map(String::trim)
                        .map(token -> token.equals("<empty>") ? "" : token)
                        .collect(Collectors.toUnmodifiableSet());
                format = format.withNullTokens(tokens);
            }
            long maxRecord = number(CSV_MAX_RECORD_CHARS, ArtifactFormat.DEFAULT_MAX_RECORD_CHARS,
                    ArtifactFormat.MIN_RECORD_CHARS, ArtifactFormat.MAX_RECORD_CHARS);
            format = format.withMaxRecordChars((int) maxRecord);
            Optional<String> charset = string(CHARSET);
            if (charset.isPresent()) {
                try {
                    format = format.withCharset(Charset.forName(charset.get()));
                } catch (IllegalArgumentException e) {
                    problems.add(invalid(CHARSET, charset.get(), "a charset name such as UTF-8", format.charset()));
                }
            }
            return format;
        }

        private Optional<Character> character(String key, char defaultValue) {
            Optional<String> value = parameters.get(key);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String text = value.get().equals("\\t") ? "\t" : value.get();
            if (text.length() != 1) {
                problems.add(invalid(key, shown(value.get()), "exactly one character", "'" + defaultValue + "'"));
                return Optional.empty();
            }
            if (text.charAt(0) == '\n' || text.charAt(0) == '\r') {
                problems.add(invalid(key, shown(text), "a character other than a line break, which ends a row",
                        "'" + defaultValue + "'"));
                return Optional.empty();
            }
            return Optional.of(text.charAt(0));
        }

        /** A value with its line breaks and tabs escaped, so a message shows what was set on one line. */
        private static String shown(String value) {
            return value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        }

        private static String invalid(String key, String value, String expected, Object defaultValue) {
            return "Invalid configuration value for '" + key + "': '" + value + "' is not " + expected
                    + "; using the default " + defaultValue;
        }
    }
}
