package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evaluation.Breakdown;
import dev.mlgate.engine.internal.check.Evaluation.Part;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A threshold gate applied to every slice of the {@code @Slices} columns: one child per slice value. A slice with fewer rows than the
 * minimum is inconclusive; a required slice value absent from the data fails. With no evaluation rows
 * at all the gate itself is inconclusive.
 */
record SliceGate(ThresholdGate gate, List<String> columns, List<String> requiredSlices) implements Check<QualityState> {

    @Override
    public Evaluation evaluate(QualityState state) throws Exception {
        if (state.view().size() == 0) {
            return gate.judge(state, state.view(), state.whereAll());
        }
        List<Part> parts = new ArrayList<>();
        for (Slice slice : state.slices()) {
            if (!columns.contains(slice.column())) {
                continue;
            }
            String where = "slice " + slice.key() + " of " + state.fileName() + ", " + slice.rows().length + " rows";
            Verdict verdict;
            if (slice.rows().length < state.minSliceSize()) {
                verdict = Verdict.inconclusive("slice " + slice.key() + " has " + slice.rows().length
                                + " rows, fewer than the minimum slice size " + state.minSliceSize(),
                        Evidence.of("rows", slice.rows().length, ">= " + state.minSliceSize()));
            } else {
                verdict = gate.judge(state, state.subset(slice), where);
            }
            parts.add(new Part(slice.key(), slice.key(), verdict));
        }
        for (String required : requiredSlices) {
            boolean present = state.slices().stream().anyMatch(slice -> slice.key().equals(required));
            if (!present) {
                String column = required.substring(0, required.indexOf('='));
                String seen = state.slicesOf(column).stream().map(Slice::value).collect(Collectors.joining(", "));
                parts.add(new Part(required, required, Verdict.failed("slice " + required + " never appears in "
                                + state.fileName() + "; the values of '" + column + "' are: " + seen,
                        "slice " + required, "absent", Evidence.of("rows", 0, "slice present"))));
            }
        }
        return new Breakdown("slice", parts);
    }
}
