package dev.mlgate.assertions.internal;

import dev.mlgate.contract.Violations;

/**
 * How many violations a value check lets pass: at most {@code allowedViolations}, or any number as long as
 * the share of conforming values is at least {@code mostly}; the engine's {@link Violations#tolerated} decides.
 *
 * @param mostly the least share of conforming values, in (0, 1]; 1 when strict
 * @param allowedViolations the violations allowed whatever the share; 0 when strict
 */
public record Tolerance(double mostly, long allowedViolations) {

    /** No violation passes. */
    public static final Tolerance STRICT = new Tolerance(1.0, 0);

    /** Validates the bounds. */
    public Tolerance {
        if (!(mostly > 0 && mostly <= 1)) {
            throw new IllegalArgumentException("mostly must be in (0, 1], got " + mostly);
        }
        if (allowedViolations < 0) {
            throw new IllegalArgumentException("allowed violations must be at least 0, got " + allowedViolations);
        }
    }

    /** @return this tolerance with the share set */
    public Tolerance withMostly(double share) {
        return new Tolerance(share, allowedViolations);
    }

    /** @return this tolerance with the count set */
    public Tolerance withAllowedViolations(long count) {
        return new Tolerance(mostly, count);
    }

    boolean tolerates(Violations found) {
        return found.tolerated(mostly, allowedViolations);
    }
}
