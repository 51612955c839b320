package dev.mlgate.contract.internal;

import dev.mlgate.contract.DriftMethod;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evaluation.Breakdown;
import dev.mlgate.engine.internal.check.Evaluation.Part;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.List;

/** Drift of every declared column, one run-time child per column ({@code [column:name]}). */
record DriftBreakdown(List<String> columns, DriftMethod method, double threshold) implements Check<ContractState> {

    @Override
    public Evaluation evaluate(ContractState state) {
        return new Breakdown("column", columns.stream()
                .map(column -> new Part(column, column, DriftCheck.verdict(state, column, method, threshold)))
                .toList());
    }

    /** The dataset-level gate: the share of drifted columns among those compared is at most {@code maxShare}. */
    record Share(List<String> columns, DriftMethod method, double threshold, double maxShare)
            implements Check<ContractState> {

        @Override
        public Evaluation evaluate(ContractState state) {
            if (state.referenceError() != null) {
                return Verdict.failed(state.file().getFileName() + ": " + state.referenceError(), "a readable reference",
                        "unreadable reference", Evidence.of("drifted share", Double.NaN, "drifted share <= "
                                + Messages.number(maxShare)));
            }
            long compared = 0;
            List<String> drifted = new java.util.ArrayList<>();
            for (String column : columns) {
                DriftResult result = state.drift(column, method, threshold);
                if (result != null && result.isDefined()) {
                    compared++;
                    if (result.drifted()) {
                        drifted.add(column);
                    }
                }
            }
            String expected = "drifted share <= " + Messages.number(maxShare);
            if (compared == 0) {
                return Verdict.inconclusive("no column could be compared with the reference",
                        Evidence.of("drifted share", Double.NaN, expected));
            }
            double share = (double) drifted.size() / compared;
            String message = drifted.size() + " of " + compared + " columns drifted (" + Messages.percent(share) + ")"
                    + (drifted.isEmpty() ? "" : ": " + String.join(", ", drifted)) + "; accepted: at most "
                    + Messages.percent(maxShare);
            Evidence evidence = Evidence.of("drifted share", share, expected);
            return share <= maxShare ? Verdict.passed(message, evidence)
                    : Verdict.failed(message, expected, Messages.percent(share), evidence);
        }
    }
}
