package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;

/**
 * Numbers of a check as report.html shows them: through {@link Figures}, chosen by what the number is
 * (a count, a share, a p-value, a metric), wrapped in a span whose hover text is the exact value.
 */
final class Shown {

    private Shown() {
    }

    /** The check's observed value, or the empty string. */
    static String observed(Check check) {
        if (!Json.isNumber(check.observed())) {
            return Html.escape(check.observed());
        }
        double value = Double.parseDouble(check.observed());
        String metric = check.metric() == null ? "" : check.metric();
        String shown = isCount(metric) ? Figures.count(value)
                : metric.endsWith("share") ? Figures.share(value) : Figures.value(value);
        return span(check.observed(), shown);
    }

    /** The check's interval as {@code [a, b]}, or the empty string. */
    static String interval(Check check) {
        if (!Json.isNumber(check.intervalLower()) && !Json.isNumber(check.intervalUpper())) {
            return "";
        }
        double lower = Json.isNumber(check.intervalLower()) ? Double.parseDouble(check.intervalLower())
                : Double.NEGATIVE_INFINITY;
        double upper = Json.isNumber(check.intervalUpper()) ? Double.parseDouble(check.intervalUpper())
                : Double.POSITIVE_INFINITY;
        return span("[" + check.intervalLower() + ", " + check.intervalUpper() + "]", Figures.interval(lower, upper));
    }

    /** The check's p-value, with the adjusted one in parentheses when a family correction applied. */
    static String p(Check check) {
        if (!Json.isNumber(check.p())) {
            return "";
        }
        String p = span(check.p(), Figures.pValue(Double.parseDouble(check.p())));
        if (Json.isNumber(check.pAdjusted())) {
            p += " (adj. " + span(check.pAdjusted(), Figures.pValue(Double.parseDouble(check.pAdjusted()))) + ")";
        }
        return p;
    }

    /** A detail of the check as a metric value, or the empty string when absent or not a number. */
    static String detail(Check check, String key) {
        String text = check.details().get(key);
        return Json.isNumber(text) ? span(text, Figures.value(Double.parseDouble(text))) : "";
    }

    static String span(String exact, String shown) {
        return "<span class=\"num\" title=\"" + Html.escape(exact) + "\">" + Html.escape(shown) + "</span>";
    }

    static boolean isCount(String metric) {
        return metric.equals("violations") || metric.equals("row count") || metric.endsWith("count")
                || metric.equals("rows") || metric.equals("distinct");
    }
}
