package dev.mlgate.assertions.error;

import dev.mlgate.contract.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Text shared by the message factories: shares as percentages, example rows, name lists. */
final class Render {

    private Render() {
    }

    /** A share in [0, 1] as a percentage with at most two decimals: {@code 0.3333} as {@code 33.33%}. */
    static String percent(double share) {
        BigDecimal value = BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString() + "%";
    }

    /** The example violations, one {@code "  row N: value"} line each, and how many more there are. */
    static String examples(Violations found, boolean quoted) {
        StringBuilder text = new StringBuilder();
        for (Violations.Violation example : found.examples()) {
            text.append(String.format("%n  row %d: %s", example.row(), value(example.value(), quoted)));
        }
        long more = found.violations() - found.examples().size();
        if (more > 0) {
            text.append(String.format("%n  and %d more", more));
        }
        return text.toString();
    }

    private static String value(String value, boolean quoted) {
        if (value == null) {
            return "null";
        }
        return quoted ? '"' + value + '"' : value;
    }

    /** Names as a list of quoted strings: {@code ["id", "age"]}. */
    static String names(List<String> names) {
        return names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code "1 violation"} or {@code "3 violations"}. */
    static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /** The tolerance in words, with a leading space, or empty when strict. */
    static String tolerance(double mostly, long allowedViolations) {
        boolean share = mostly < 1.0;
        boolean count = allowedViolations > 0;
        if (share && count) {
            return " (allowing " + count(allowedViolations, "violation") + " or at least " + percent(mostly)
                    + " of them conforming)";
        }
        if (share) {
            return " (mostly: at least " + percent(mostly) + " of them conforming)";
        }
        return count ? " (allowing " + count(allowedViolations, "violation") + ")" : "";
    }
}
