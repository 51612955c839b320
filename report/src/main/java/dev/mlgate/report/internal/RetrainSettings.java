package dev.mlgate.report.internal;

import static dev.mlgate.report.ReportConstants.DEFAULT_RETRAIN_DEGRADATION_TOLERANCE;
import static dev.mlgate.report.ReportConstants.DEFAULT_RETRAIN_MAX_MODEL_AGE;
import static dev.mlgate.report.ReportConstants.DEFAULT_RETRAIN_NEW_DATA_MIN_GROWTH;
import static dev.mlgate.report.ReportConstants.RETRAIN_DEGRADATION_TOLERANCE;
import static dev.mlgate.report.ReportConstants.RETRAIN_DRIFT;
import static dev.mlgate.report.ReportConstants.RETRAIN_MAX_MODEL_AGE;
import static dev.mlgate.report.ReportConstants.RETRAIN_NEW_DATA_MIN_GROWTH;
import static dev.mlgate.report.ReportConstants.RETRAIN_NEW_DATA_MIN_ROWS;

import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The thresholds of the retraining triggers ({@code mlgate.retrain.*}), and the metrics repository
 * ({@code mlgate.repository}) the new-data trigger reads row counts from. An invalid value is a problem,
 * printed by the listener, and its default is used: a typo must not silence a trigger.
 */
public record RetrainSettings(double newDataMinGrowth, OptionalLong newDataMinRows, double degradationTolerance,
                              Duration maxModelAge, boolean drift, List<String> problems, RepositoryHistory history) {

    /** Settings without a metrics repository. */
    public RetrainSettings(double newDataMinGrowth, OptionalLong newDataMinRows, double degradationTolerance,
            Duration maxModelAge, boolean drift, List<String> problems) {
        this(newDataMinGrowth, newDataMinRows, degradationTolerance, maxModelAge, drift, problems, RepositoryHistory.NONE);
    }

    /** Every default. */
    public static final RetrainSettings DEFAULTS = new RetrainSettings(DEFAULT_RETRAIN_NEW_DATA_MIN_GROWTH,
            OptionalLong.empty(), DEFAULT_RETRAIN_DEGRADATION_TOLERANCE, Duration.parse(DEFAULT_RETRAIN_MAX_MODEL_AGE),
            true, List.of());

    /** Reads the settings from the run's configuration. */
    public static RetrainSettings of(ConfigurationParameters parameters) {
        List<String> problems = new ArrayList<>();
        double growth = number(parameters, RETRAIN_NEW_DATA_MIN_GROWTH, DEFAULTS.newDataMinGrowth, problems);
        double tolerance = number(parameters, RETRAIN_DEGRADATION_TOLERANCE, DEFAULTS.degradationTolerance, problems);
        OptionalLong rows = OptionalLong.empty();
        Optional<String> rowsText = text(parameters, RETRAIN_NEW_DATA_MIN_ROWS);
        if (rowsText.isPresent()) {
            if (rowsText.get().matches("[0-9]{1,18}")) {
                rows = OptionalLong.of(Long.parseLong(rowsText.get()));
            } else {
                problems.add(invalid(RETRAIN_NEW_DATA_MIN_ROWS, rowsText.get(), "a whole number of rows", "off"));
            }
        }
        Duration age = DEFAULTS.maxModelAge;
        Optional<String> ageText = text(parameters, RETRAIN_MAX_MODEL_AGE);
        if (ageText.isPresent()) {
            try {
                age = Duration.parse(ageText.get());
            } catch (DateTimeParseException e) {
                problems.add(invalid(RETRAIN_MAX_MODEL_AGE, ageText.get(), "an ISO-8601 duration such as P30D",
                        DEFAULT_RETRAIN_MAX_MODEL_AGE));
            }
        }
        boolean drift = true;
        Optional<String> driftText = text(parameters, RETRAIN_DRIFT);
        if (driftText.isPresent()) {
            if (driftText.get().equalsIgnoreCase("false")) {
                drift = false;
            } else if (!driftText.get().equalsIgnoreCase("true")) {
                problems.add(invalid(RETRAIN_DRIFT, driftText.get(), "true or false", "true"));
            }
        }
        Path basedir = text(parameters, Constants.BASEDIR).map(Path::of).orElse(Path.of("")).toAbsolutePath().normalize();
        return new RetrainSettings(growth, rows, tolerance, age, drift, List.copyOf(problems),
                RepositoryHistory.of(key -> parameters.get(key).orElse(null), basedir));
    }

    private static double number(ConfigurationParameters parameters, String key, double fallback, List<String> problems) {
        Optional<String> value = text(parameters, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.get());
            if (Double.isFinite(parsed) && parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(invalid(key, value.get(), "a number of at least 0", Double.toString(fallback)));
        return fallback;
    }

    private static String invalid(String key, String value, String expected, String fallback) {
        return "Invalid configuration value for '" + key + "': '" + value + "' is not " + expected + "; using " + fallback;
    }

    private static Optional<String> text(ConfigurationParameters parameters, String key) {
        return parameters.get(key).map(String::trim).filter(value -> !value.isEmpty());
    }
}
