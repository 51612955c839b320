package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.BinaryScores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prediction churn gate: the share of joined rows whose predicted class at the threshold
 * ({@code score >= threshold} is positive) differs between the baseline and the candidate.
 *
 * @param maximum the largest acceptable share
 * @param threshold the classification threshold
 */
record ChurnGate(double maximum, double threshold) implements Check<BaselineState> {

    String describe() {
        return "prediction churn at threshold " + Numbers.plain(threshold) + " <= " + Numbers.plain(maximum);
    }

    @Override
    public Evaluation evaluate(BaselineState state) {
        String required = "at most " + Numbers.plain(maximum * 100) + "% of predictions change";
        if (state.firstRun()) {
            return Verdict.passed("no baseline existed at " + state.baselineFile() + " (first run): prediction churn"
                    + " passed without a comparison; required once a baseline exists: " + required,
                    Evidence.of("churn", Double.NaN, required).withDetails(Map.of("firstRun", true)));
        }
        BinaryScores candidate = (BinaryScores) state.candidate();
        BinaryScores baseline = (BinaryScores) state.baseline();
        long toPositive = 0;
        long toNegative = 0;
        for (int i = 0; i < candidate.size(); i++) {
            boolean now = candidate.score(i) >= threshold;
            boolean before = baseline.score(i) >= threshold;
            if (now && !before) {
                toPositive++;
            } else if (before && !now) {
                toNegative++;
            }
        }
        long changed = toPositive + toNegative;
        int rows = candidate.size();
        if (rows == 0) {
            return Verdict.inconclusive("prediction churn is undefined: there are no joined rows",
                    Evidence.of("churn", Double.NaN, required));
        }
        double share = (double) changed / rows;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("changed", changed);
        details.put("rows", rows);
        details.put("negativeToPositive", toPositive);
        details.put("positiveToNegative", toNegative);
        details.put("threshold", threshold);
        Evidence evidence = Evidence.of("churn", share, "<= " + Numbers.plain(maximum)).withDetails(details);
        String message = "prediction churn at threshold " + Numbers.plain(threshold) + " on " + state.where() + ": "
                + changed + " of " + rows + " predictions change (" + Numbers.percent(share).substring(1) + "): "
                + toPositive + " negative to positive, " + toNegative + " positive to negative; required: " + required;
        return share <= maximum ? Verdict.passed(message, evidence)
                : Verdict.failed(message, "churn <= " + Numbers.plain(maximum), "churn " + Numbers.value(share), evidence);
    }
}
