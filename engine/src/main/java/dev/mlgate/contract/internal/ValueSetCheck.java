package dev.mlgate.contract.internal;

import dev.mlgate.backend.DistinctCounts;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.contract.DistinctValues;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a column's distinct values, or its most common ones, against declared sets, from the counts of one
 * scan. {@code kind} says which comparison: contain, within, equal or most common.
 */
record ValueSetCheck(String column, Kind kind, Set<String> declared) implements Check<ContractState> {

    /** The comparison. */
    enum Kind { CONTAIN, WITHIN, EQUAL, MOST_COMMON }

    static final MetricRequest.ValueCounts METRIC = new MetricRequest.ValueCounts(DistinctValues.MAX_DISTINCT);

    @Override
    public Evaluation evaluate(ContractState state) {
        String where = state.file().getFileName() + " column '" + column + "'";
        if (!state.hasColumn(column)) {
            return ContractState.missing(state, where, column);
        }
        DistinctCounts counts = state.metric(column, METRIC);
        Evidence evidence = Evidence.of("distinct values", counts.counts().size(), describe());
        if (!counts.complete()) {
            return Verdict.inconclusive(where + " holds more than " + DistinctValues.MAX_DISTINCT
                    + " distinct values; a set of values cannot judge identifiers or free text", evidence);
        }
        Set<String> found = counts.counts().keySet();
        return switch (kind) {
            case CONTAIN -> judge(where, found, missing(declared, found), List.of(), evidence);
            case WITHIN -> judge(where, found, List.of(), missing(found, declared), evidence);
            case EQUAL -> judge(where, found, missing(declared, found), missing(found, declared), evidence);
            case MOST_COMMON -> mostCommon(where, counts.counts(), evidence);
        };
    }

    String describe() {
        return switch (kind) {
            case CONTAIN -> "distinct values containing " + declared;
            case WITHIN -> "distinct values within " + declared;
            case EQUAL -> "distinct values equal to " + declared;
            case MOST_COMMON -> "most common value in " + declared;
        };
    }

    private Verdict judge(String where, Set<String> found, List<String> absent, List<String> outside,
            Evidence evidence) {
        String message = where + ": the distinct values are " + shown(found) + "; expected " + describe();
        if (absent.isEmpty() && outside.isEmpty()) {
            return Verdict.passed(message, evidence);
        }
        List<String> parts = new ArrayList<>();
        if (!absent.isEmpty()) {
            parts.add("missing " + shown(absent));
        }
        if (!outside.isEmpty()) {
            parts.add("not declared " + shown(outside));
        }
        return Verdict.failed(message + " (" + String.join("; ", parts) + ")", describe(), shown(found), evidence);
    }

    private Verdict mostCommon(String where, Map<String, Long> counts, Evidence evidence) {
        if (counts.isEmpty()) {
            return Verdict.inconclusive(where + ": there is no value, so there is no most common one", evidence);
        }
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> modes = counts.entrySet().stream().filter(entry -> entry.getValue() == top)
                .map(Map.Entry::getKey).toList();
        String message = where + ": the most common value" + (modes.size() > 1 ? "s are " : " is ") + shown(modes)
                + " (" + top + " times); expected " + describe();
        return declared.containsAll(modes) ? Verdict.passed(message, evidence)
                : Verdict.failed(message, describe(), shown(modes), evidence);
    }

    private static List<String> missing(Set<String> wanted, Set<String> present) {
        return wanted.stream().filter(value -> !present.contains(value)).toList();
    }

    private static String shown(java.util.Collection<String> values) {
        List<String> cut = values.stream().limit(20).map(Texts::shortened).toList();
        return "[" + String.join(", ", cut) + (values.size() > 20 ? ", … (" + values.size() + " in all)" : "") + "]";
    }

    static Set<String> set(String[] values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
