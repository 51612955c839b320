package dev.mlgate.contract.internal;

/**
 * How many non-conforming values a value constraint accepts: it passes when the violations are at most
 * {@code allowedViolations}, or when the share of conforming values among the checked ones is at least
 * {@code mostly}. With no checked value (empty dataset, all-null column) nothing violates, so it passes:
 * emptiness is the business of the row-count and nullability checks.
 */
record Tolerance(double mostly, long allowedViolations) {

    static final Tolerance STRICT = new Tolerance(1.0, 0);

    boolean accepts(long violations, long checked) {
        if (violations <= allowedViolations) {
            return true;
        }
        return checked > 0 && (double) (checked - violations) / checked >= mostly;
    }

    /** The tolerance in words, for messages: {@code none}, {@code up to 5}, {@code up to 0.5% or 3}. */
    String describe() {
        if (mostly >= 1.0 && allowedViolations == 0) {
            return "none";
        }
        String share = mostly < 1.0 ? Messages.percent(1.0 - mostly) : null;
        String count = allowedViolations > 0 ? Long.toString(allowedViolations) : null;
        if (share != null && count != null) {
            return "up to " + share + " or " + count;
        }
        return "up to " + (share != null ? share : count);
    }
}
