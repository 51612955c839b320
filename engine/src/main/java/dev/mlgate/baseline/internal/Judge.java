package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.Direction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an {@link Estimate} and a {@link Requirement} into a verdict whose message carries both values,
 * the difference, its interval and the p-value (raw and, in a corrected family, adjusted). The rules,
 * with {@code d} the improvement (positive = candidate better, relative when required) and {@code m}
 * the margin:
 *
 * <ul>
 *   <li>No worse: with a confidence level, passes when the interval's lower bound of {@code d} is at
 *       least {@code -m}, fails when its upper bound is below {@code -m} (and, with alpha, {@code p <
 *       alpha}), and is otherwise inconclusive; without, passes when {@code d >= -m}, and otherwise fails,
 *       or is inconclusive when alpha is set and {@code p >= alpha}.</li>
 *   <li>Better: fails when {@code d <= m}; with a confidence level, fails when the interval's upper bound
 *       is at most {@code m} and is inconclusive when its lower bound is; with alpha, is inconclusive when
 *       {@code p >= alpha}; otherwise passes.</li>
 * </ul>
 */
final class Judge {

    private Judge() {
    }

    /**
     * @param where the rows compared, such as {@code 142 joined rows}
     * @param adjusted the multiplicity-adjusted p-value, or NaN outside a corrected family
     * @param family the size of the corrected family, 0 outside one
     */
    static Verdict judge(Estimate estimate, Requirement requirement, String where, double adjusted, int family,
            Map<String, Object> extraDetails) {
        String required = requirement.describe()
                + (estimate.direction() == Direction.LOWER_IS_BETTER ? " (" + estimate.metric() + ": lower is better)" : "");
        if (!estimate.isDefined()) {
            return Verdict.inconclusive(estimate.metric() + " on " + where + " cannot be compared: "
                    + estimate.undefinedReason() + "; required: " + required, Evidence.of(estimate.metric(), Double.NaN,
                    required).withDetails(extraDetails));
        }
        double p = Double.isNaN(adjusted) ? estimate.pValue() : adjusted;
        String summary = summary(estimate, requirement, where, adjusted, family) + "; required: " + required;
        Evidence evidence = evidence(estimate, requirement, required, adjusted, extraDetails);
        String actual = "difference " + Numbers.signed(estimate.judged()) + interval(estimate, requirement);
        double d = estimate.improvement();
        double m = requirement.margin();
        boolean intervalDefined = estimate.interval().undefinedReason() == null;
        boolean significant = requirement.alpha() == 0 || p < requirement.alpha();
        String insignificant = Double.isNaN(p) ? " (no p-value: " + estimate.testDetails().get("test.undefined") + ")"
                : " (p = " + Numbers.p(p) + " >= alpha " + Numbers.plain(requirement.alpha()) + ")";
        if (requirement.confidence() > 0 && !intervalDefined) {
            return Verdict.inconclusive(summary + " - no interval: " + estimate.interval().undefinedReason(), evidence);
        }
        double[] bounds = intervalDefined ? estimate.improvementInterval() : new double[] {Double.NaN, Double.NaN};
        if (!requirement.superiority()) {
            boolean passes = requirement.confidence() > 0 ? bounds[0] >= -m : d >= -m;
            boolean clearlyWorse = requirement.confidence() > 0 ? bounds[1] < -m : true;
            if (passes) {
                return Verdict.passed(summary, evidence);
            }
            if (clearlyWorse && significant) {
                return Verdict.failed(summary + " - the candidate is worse by more than the margin"
                        + (requirement.confidence() > 0 ? ", over the whole interval" : ""), required, actual, evidence);
            }
            return Verdict.inconclusive(summary + (clearlyWorse ? " - worse by more than the margin, but not"
                    + " significantly" + insignificant : " - the interval straddles the margin"), evidence);
        }
        if (!(d > m)) {
            return Verdict.failed(summary + " - the candidate is not better by more than " + (m > 0 ? "the margin" : "0"),
                    required, actual, evidence);
        }
        if (requirement.confidence() > 0 && !(bounds[0] > m)) {
            if (!(bounds[1] > m)) {
                return Verdict.failed(summary + " - the whole interval lies at or below the margin", required, actual,
                        evidence);
            }
            return Verdict.inconclusive(summary + " - the interval reaches down to the margin", evidence);
        }
        if (!significant) {
            return Verdict.inconclusive(summary + " - better, but not significantly" + insignificant, evidence);
        }
        return Verdict.passed(summary, evidence);
    }

    private static String summary(Estimate e, Requirement requirement, String where, double adjusted, int family) {
        StringBuilder text = new StringBuilder(e.metric()).append(" on ").append(where).append(": candidate ")
                .append(Numbers.value(e.candidate())).append(" vs baseline ").append(Numbers.value(e.baseline()))
                .append(", difference ").append(Numbers.signed(e.difference()));
        if (requirement.relative()) {
            text.append(" = ").append(Numbers.percent(e.judged())).append(" of the baseline");
        }
        text.append(interval(e, requirement)).append(", ").append(e.test()).append(" p = ").append(Numbers.p(e.pValue()));
        if (e.testDetails().get("test.undefined") != null) {
            text.append(" (").append(e.testDetails().get("test.undefined")).append(")");
        }
        if (!Double.isNaN(adjusted)) {
            text.append(" (Holm-adjusted p = ").append(Numbers.p(adjusted)).append(" over ").append(family)
                    .append(" slice comparisons)");
        }
        return text.toString();
    }

    private static String interval(Estimate e, Requirement requirement) {
        PairedBootstrap.Result interval = e.interval();
        String level = Numbers.plain(requirement.intervalLevel() * 100) + "% paired bootstrap interval";
        if (interval.undefinedReason() != null) {
            return " (" + level + " undefined)";
        }
        return requirement.relative()
                ? " (" + level + " " + "[" + Numbers.percent(interval.lower()) + ", " + Numbers.percent(interval.upper()) + "])"
                : " (" + level + " [" + Numbers.signed(interval.lower()) + ", " + Numbers.signed(interval.upper()) + "])";
    }

    private static Evidence evidence(Estimate e, Requirement requirement, String required, double adjusted,
            Map<String, Object> extraDetails) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidate", e.candidate());
        details.put("baseline", e.baseline());
        details.put("difference", e.difference());
        if (requirement.relative()) {
            details.put("difference.relative", e.judged());
        }
        details.put("test", e.test());
        details.put("direction", e.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
        details.put("rows", e.rows());
        details.put("margin", requirement.margin());
        details.put("interval.level", requirement.intervalLevel());
        details.put("bootstrap.resamples.undefined", e.interval().undefined());
        details.putAll(e.testDetails());
        details.putAll(extraDetails);
        Evidence evidence = Evidence.of(e.metric(), e.judged(), required).withPValues(e.pValue(), adjusted)
                .withDetails(details);
        return e.interval().undefinedReason() == null
                ? evidence.withInterval(e.interval().lower(), e.interval().upper()) : evidence;
    }
}
