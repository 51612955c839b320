package dev.mlgate.metrics;

import java.util.Objects;

/**
 * The value of one named metric, or the explicit statement that it is undefined on the given rows.
 *
 * <p>A metric that cannot be computed (only one class present, no rows, a zero division under
 * {@link ZeroDivision#UNDEFINED}, scores that are not probabilities ...) is never reported as a silent
 * {@code NaN}: it is an undefined metric whose {@link #undefinedReason()} says why, for example
 * "ROC AUC is undefined: the evaluation rows hold only one class (positive: 0, negative: 412)".
 *
 * @param name            the metric's name, for example {@code roc_auc} or {@code precision@0.5}; never null
 * @param value           the value; {@code NaN} exactly when the metric is undefined (reading it then throws)
 * @param direction       whether higher values are better; never null
 * @param undefinedReason why the metric is undefined, or {@code null} when it is defined
 */
public record Metric(String name, double value, Direction direction, String undefinedReason) {

    /**
     * Validates the components: a defined metric has a non-NaN value, an undefined one a NaN value and a reason.
     */
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        if (undefinedReason == null && Double.isNaN(value)) {
            throw new IllegalArgumentException("metric " + name + " has a NaN value; use Metric.undefined(...) with a reason");
        }
        if (undefinedReason != null && !Double.isNaN(value)) {
            throw new IllegalArgumentException("an undefined metric carries no value, got " + value);
        }
    }

    /**
     * A defined metric.
     *
     * @param name      the metric's name
     * @param value     its value; must not be NaN (infinite values are allowed)
     * @param direction whether higher is better
     * @return the metric
     * @throws IllegalArgumentException if {@code value} is NaN
     */
    public static Metric of(String name, double value, Direction direction) {
        return new Metric(name, value, direction, null);
    }

    /**
     * A metric that is undefined on the given rows.
     *
     * @param name      the metric's name
     * @param direction whether higher is better (kept so that reports can still say so)
     * @param reason    a sentence saying why, naming counts or rows where possible; never null or blank
     * @return the undefined metric
     */
    public static Metric undefined(String name, Direction direction, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an undefined metric needs a reason");
        }
        return new Metric(name, Double.NaN, direction, reason);
    }

    /**
     * Whether the metric has a value.
     *
     * @return {@code true} when {@link #undefinedReason()} is null
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * The value of a defined metric.
     *
     * @return the value
     * @throws IllegalStateException if the metric is undefined; the message is the reason
     */
    @Override
    public double value() {
        if (undefinedReason != null) {
            throw new IllegalStateException(undefinedReason);
        }
        return value;
    }

    @Override
    public String toString() {
        return isDefined() ? name + " = " + value : name + " undefined (" + undefinedReason + ")";
    }
}
