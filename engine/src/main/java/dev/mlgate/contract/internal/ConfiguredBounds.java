package dev.mlgate.contract.internal;

import java.util.function.Function;

/**
 * The bounds of a statistic or row count as declared: numbers written in the annotation, each replaceable by
 * a configuration parameter ({@code minFrom}, {@code maxFrom}) resolved when the check runs, so one contract
 * serves environments of different sizes.
 *
 * @param min the declared lower bound
 * @param max the declared upper bound
 * @param minFrom the parameter that replaces {@code min}, or blank
 * @param maxFrom the parameter that replaces {@code max}, or blank
 */
record ConfiguredBounds(double min, double max, String minFrom, String maxFrom) {

    /** Bounds written as numbers only. */
    static ConfiguredBounds of(double min, double max) {
        return new ConfiguredBounds(min, max, "", "");
    }

    boolean configured() {
        return !minFrom.isBlank() || !maxFrom.isBlank();
    }

    /** The bounds as declared, a parameter shown as {@code ${key}}: for display names. */
    String declared() {
        String low = minFrom.isBlank() ? null : "${" + minFrom + "}";
        String high = maxFrom.isBlank() ? null : "${" + maxFrom + "}";
        if (low == null && high == null) {
            return StatisticCheck.bounds(min, max);
        }
        boolean hasMin = low != null || min != Double.NEGATIVE_INFINITY;
        boolean hasMax = high != null || max != Double.POSITIVE_INFINITY;
        String lowText = low != null ? low : Messages.number(min);
        String highText = high != null ? high : Messages.number(max);
        return hasMin && hasMax ? "between " + lowText + " and " + highText : hasMin ? ">= " + lowText : "<= " + highText;
    }

    /**
     * The bounds with the parameters read from {@code parameters}.
     *
     * @throws UnresolvedBound naming the key when a parameter is unset or not a number
     */
    ConfiguredBounds resolve(Function<String, String> parameters) {
        return new ConfiguredBounds(value(min, minFrom, parameters), value(max, maxFrom, parameters), "", "");
    }

    private static double value(double declared, String key, Function<String, String> parameters) {
        if (key.isBlank()) {
            return declared;
        }
        String text = parameters == null ? null : parameters.apply(key);
        if (text == null || text.isBlank()) {
            throw new UnresolvedBound("the bound comes from the configuration parameter '" + key + "', which is not"
                    + " set; set it in junit-platform.properties or with -D" + key + "=...");
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UnresolvedBound("the configuration parameter '" + key + "' is '" + text + "', not a number");
        }
    }

    /** A bound's parameter is unset or not a number; the message names the key. */
    static final class UnresolvedBound extends RuntimeException {

        UnresolvedBound(String message) {
            super(message, null, false, false);
        }
    }
}
