package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evaluation.Breakdown;
import dev.mlgate.engine.internal.check.Evaluation.Part;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A comparison gate applied to every slice of the candidate file's slice columns: one child per slice.
 * A slice smaller than the minimum is inconclusive; a required slice value absent from the data fails.
 * Slice p-values are corrected together with those of the suite's other per-slice gates
 * ({@link SliceFamily}); messages and report entries carry the raw and the adjusted p-value.
 */
record SliceComparisonGate(ComparisonMethod method, Requirement requirement, List<String> requiredSlices)
        implements Check<BaselineState> {

    @Override
    public Evaluation evaluate(BaselineState state) throws Exception {
        List<Part> parts = new ArrayList<>();
        for (SliceFamily.Outcome outcome : state.outcomes(this)) {
            Slice slice = outcome.slice();
            String where = BaselineState.where(slice, state.firstRun());
            Verdict verdict;
            if (state.firstRun()) {
                verdict = ComparisonGate.firstRun(state, method, requirement, Views.subset(state.candidate(), slice.rows()),
                        where);
            } else if (outcome.failure() != null) {
                throw outcome.failure();
            } else if (outcome.estimate() == null) {
                verdict = Verdict.inconclusive("slice " + slice.key() + " has " + slice.rows().length
                        + " joined rows, fewer than the minimum slice size " + state.minSliceSize(),
                        Evidence.of("rows", slice.rows().length, ">= " + state.minSliceSize()));
            } else {
                Map<String, Object> details = Double.isNaN(outcome.adjusted()) ? Map.of()
                        : Map.of("correction", "Holm", "family", outcome.familySize());
                verdict = Judge.judge(outcome.estimate(), requirement, where, outcome.adjusted(), outcome.familySize(),
                        details);
            }
            parts.add(new Part(slice.key(), slice.key(), verdict));
        }
        for (String required : requiredSlices) {
            if (state.joined().slices().stream().noneMatch(slice -> slice.key().equals(required))) {
                String column = required.substring(0, required.indexOf('='));
                String seen = state.joined().slices().stream().filter(slice -> slice.column().equals(column))
                        .map(Slice::value).collect(Collectors.joining(", "));
                parts.add(new Part(required, required, Verdict.failed("slice " + required + " never appears in the"
                        + " joined rows; the values of '" + column + "' are: " + seen, "slice " + required, "absent",
                        Evidence.of("rows", 0, "slice present"))));
            }
        }
        return new Breakdown("slice", parts);
    }
}
