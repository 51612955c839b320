package dev.mlgate.backend;

import java.util.List;

/**
 * What a row rule ({@link RowPredicate}) saw in one scan.
 *
 * @param checked rows the rule was evaluated on (up to a thrown exception)
 * @param violations rows for which it returned false
 * @param leftOut rows not evaluated: a null in a component that is not {@code @Nullable}, or a value
 *     its component cannot hold
 * @param examples the first violating rows, the record's text as value
 * @param error what the rule or the record's constructor threw, naming the row, or null
 */
public record RuleOutcome(long checked, long violations, long leftOut, List<Example> examples, String error) {

    public RuleOutcome {
        examples = List.copyOf(examples);
    }
}
