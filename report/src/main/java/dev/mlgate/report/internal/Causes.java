package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import java.util.Set;

/**
 * One line saying why a check has its status, for promotion.json's reasons and summary.md: the number
 * that decided, for people ({@link Figures}), and what was required. A comparison's value is a
 * difference and is called one; checks without a number keep the first line of the engine's message.
 */
final class Causes {

    /** Metrics whose value is a count (of violating values, of rows): shown as integers. */
    private static final Set<String> COUNTS = Set.of("violations", "row count", "column count", "distinct values");

    /** Constraint metrics whose message says more than a number would: kept as the engine wrote them. */
    private static final Set<String> SPOKEN = Set.of("violations", "schema", "custom rule", "row count");

    private Causes() {
    }

    /** Why {@code check} has its status, on one line, not cut. */
    static String of(Check check) {
        String cause = null;
        if (check.status() != Status.ERRORED && Json.isNumber(check.observed())) {
            cause = switch (check.kind()) {
                case "comparison" -> comparison(check);
                case "gate", "drift" -> statistic(check);
                case "constraint" -> check.metric() == null || SPOKEN.contains(check.metric()) ? null : statistic(check);
                default -> null;
            };
        }
        return cause != null ? cause : firstLine(check.message(), check.status().word());
    }

    /** A check's observed value for people: a count, a difference (named so), or a metric value. */
    static String observed(Check check) {
        if (!Json.isNumber(check.observed())) {
            return check.observed() == null ? "" : check.observed();
        }
        double value = Double.parseDouble(check.observed());
        if (check.kind().equals("comparison")) {
            return "difference " + History.Degradation.signed(value);
        }
        return check.metric() != null && COUNTS.contains(check.metric()) ? Figures.count(value) : Figures.value(value);
    }

    private static String statistic(Check check) {
        StringBuilder text = new StringBuilder(check.metric() == null ? "value" : check.metric()).append(" = ")
                .append(observed(check));
        if (Json.isNumber(check.intervalLower()) && Json.isNumber(check.intervalUpper())) {
            text.append(", interval ").append(Figures.interval(Double.parseDouble(check.intervalLower()),
                    Double.parseDouble(check.intervalUpper())));
        }
        appendP(text, check);
        return required(text, check);
    }

    private static String comparison(Check check) {
        String candidate = check.details().get("candidate");
        String baseline = check.details().get("baseline");
        if (!Json.isNumber(candidate) || !Json.isNumber(baseline)) {
            return null;
        }
        StringBuilder text = new StringBuilder(check.metric() == null ? "metric" : check.metric())
                .append(": candidate ").append(Figures.value(Double.parseDouble(candidate)))
                .append(" vs production ").append(Figures.value(Double.parseDouble(baseline)))
                .append(", ").append(observed(check));
        if (Json.isNumber(check.intervalLower()) && Json.isNumber(check.intervalUpper())) {
            text.append(" ").append(Figures.interval(Double.parseDouble(check.intervalLower()),
                    Double.parseDouble(check.intervalUpper())));
        }
        appendP(text, check);
        return required(text, check);
    }

    private static void appendP(StringBuilder text, Check check) {
        String p = Json.isNumber(check.pAdjusted()) ? check.pAdjusted() : check.p();
        if (Json.isNumber(p)) {
            String shown = Figures.pValue(Double.parseDouble(p));
            text.append(Json.isNumber(check.pAdjusted()) ? ", adjusted p " : ", p ")
                    .append(shown.startsWith("<") ? shown : "= " + shown);
        }
    }

    private static String required(StringBuilder text, Check check) {
        if (check.expected() != null && !check.expected().isBlank()) {
            text.append("; required ").append(check.expected().strip());
        }
        return text.toString();
    }

    private static String firstLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.strip().lines().findFirst().orElse(fallback).strip();
    }

    /**
     * {@code text} in at most {@code max} characters: cut at the last space that fits, never inside a
     * word, and ended with an ellipsis; a single word longer than that is cut where it must be.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(' ', max - 1);
        if (end < max / 2) {
            end = max - 1;
        }
        String kept = text.substring(0, end).stripTrailing();
        while (!kept.isEmpty() && ",;:-(".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + "\u2026";
    }
}
