package dev.mlgate.backend;

import java.util.List;

/**
 * A yes-or-no question about one row, asked of the contract record built from the row (every declared
 * column, in component order): a {@code @RowRule} or a {@code @When} condition. A row the record cannot
 * hold (a null in a component that is not {@code @Nullable}, an unreadable value) is left out of a rule
 * and fails a condition. The predicates name user code rather than hold it, so a distributed backend can
 * ship the names to its workers and evaluate them per partition with the user's classes on their class path.
 */
public sealed interface RowPredicate {

    /** The contract record type the predicate reads. */
    Class<?> recordType();

    /** The name checks show: the method name, or the declarative condition. */
    String name();

    /**
     * A {@code static boolean method(Record row)} declared by the record type: a row rule or a named
     * {@code @When} condition.
     */
    record UserMethod(Class<?> recordType, String method) implements RowPredicate {
        @Override
        public String name() {
            return method;
        }
    }

    /**
     * {@code @When(column = ..., in = {...})}: the column's value as the record holds it, as text (an enum
     * by its constant name), is one of {@code values}; a null is none of them.
     */
    record ColumnIn(Class<?> recordType, String column, List<String> values) implements RowPredicate {

        public ColumnIn {
            values = List.copyOf(values);
        }

        @Override
        public String name() {
            return column + " in " + values;
        }
    }
}
