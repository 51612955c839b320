package dev.mlgate.contract;

import java.util.List;

/**
 * How many values a constraint checked and how many violate it, with the first violations in row
 * order: what a contract's failure message reports, for use in assertions and custom rules.
 *
 * @param checked values the constraint applies to (non-null ones for value constraints, all rows for
 *     nullability)
 * @param violations values that violate it
 * @param examples the first violations, at most the number asked for
 */
public record Violations(long checked, long violations, List<Violation> examples) {

    public Violations {
        examples = List.copyOf(examples);
    }

    /** The share of checked values that violate, or 0 when nothing was checked. */
    public double share() {
        return checked == 0 ? 0 : (double) violations / checked;
    }

    /**
     * Whether a contract with this tolerance would pass: at most {@code allowedViolations} violations,
     * or a share of conforming values of at least {@code mostly}. With nothing checked, it passes.
     */
    public boolean tolerated(double mostly, long allowedViolations) {
        if (violations <= allowedViolations) {
            return true;
        }
        return checked > 0 && (double) (checked - violations) / checked >= mostly;
    }

    /**
     * One violating value.
     *
     * @param row 1-based row (data row in a file, position in an in-memory column)
     * @param value the value as read, or null for a missing one
     */
    public record Violation(long row, String value) {
    }
}
