package dev.mlgate.backend;

import java.util.List;
import java.util.Map;

/**
 * How many values (or rows) a metric checked and how many violate it, with the first examples.
 *
 * @param checked values the metric applies to (non-null ones for value constraints)
 * @param violations values that violate it
 * @param examples the first violations in row order, at most {@link ScanSettings#maxExamples()}
 * @param details further named numbers for the report (uniqueness, distinct ratio), in a stable order
 */
public record ViolationCount(long checked, long violations, List<Example> examples, Map<String, Object> details) {

    public ViolationCount {
        examples = List.copyOf(examples);
        details = details == null ? Map.of() : details;
    }

    /** A count without details. */
    public ViolationCount(long checked, long violations, List<Example> examples) {
        this(checked, violations, examples, Map.of());
    }

    /** The number checked, then the details: what a check's evidence reports. */
    public Map<String, Object> evidenceDetails() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("checked", checked);
        all.putAll(details);
        return all;
    }
}
