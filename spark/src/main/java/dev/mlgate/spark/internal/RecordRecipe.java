package dev.mlgate.spark.internal;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.contract.internal.RecordRows;
import dev.mlgate.data.ValueKind;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What an executor needs to build a contract's record per row and ask predicates of it: the record
 * type's name (the suite's class, loaded there by name), its columns' kinds and nullability, and the
 * predicates by name. The engine's {@link RecordRows} then builds the record as the local scan does.
 *
 * @param type the record type's binary name
 * @param kinds each component's kind, in component order
 * @param nullable whether each component is {@code @Nullable}
 * @param predicates a method name, or a column and its values ({@code @When(column, in)}), each
 */
record RecordRecipe(String type, List<ValueKind> kinds, List<Boolean> nullable, List<Predicate> predicates)
        implements Serializable {

    /** A {@link RowPredicate} by name: {@code method}, or {@code column} among {@code values}. */
    record Predicate(String method, String column, List<String> values) implements Serializable {

        static Predicate of(RowPredicate predicate) {
            if (predicate instanceof RowPredicate.ColumnIn in) {
                return new Predicate(null, in.column(), List.copyOf(in.values()));
            }
            return new Predicate(((RowPredicate.UserMethod) predicate).method(), null, List.of());
        }

        RowPredicate resolve(Class<?> type) {
            return method != null ? new RowPredicate.UserMethod(type, method)
                    : new RowPredicate.ColumnIn(type, column, values);
        }
    }

    static RecordRecipe of(List<ColumnDescription> columns, List<RowPredicate> predicates) {
        return new RecordRecipe(predicates.get(0).recordType().getName(),
                columns.stream().map(ColumnDescription::kind).toList(),
                columns.stream().map(ColumnDescription::nullable).toList(),
                predicates.stream().map(Predicate::of).toList());
    }

    /** The record type, loaded on this JVM: the task's class loader sees the jars the application added. */
    RecordRows open() {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> record = Class.forName(type, true, loader != null ? loader : RecordRecipe.class.getClassLoader());
            RecordComponent[] components = record.getRecordComponents();
            List<ColumnDescription> columns = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                columns.add(new ColumnDescription(components[i].getName(), kinds.get(i), components[i].getType(),
                        nullable.get(i)));
            }
            return RecordRows.of(record, columns, predicates.stream().map(p -> p.resolve(record)).toList());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the Spark executor cannot load " + type + ": add the jar of the suite's"
                    + " classes to the executors' class path (spark.jars)", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Spark executor cannot build " + type + ": " + e, e);
        }
    }

    /**
     * Sets component {@code component} of {@code rows} from a row's field as written ({@code raw}) and as
     * parsed ({@code parsed}, a {@link ParsedValue#SCHEMA} struct; null, or without a key, when unreadable
     * or missing).
     */
    void set(RecordRows rows, int component, String raw, Row parsed) {
        boolean unreadable = parsed == null || parsed.isNullAt(2);
        rows.set(component, raw, unreadable ? null : value(kinds.get(component), raw, parsed));
    }

    /** The Java value of a parsed field, as the local scan holds it. */
    static Object value(ValueKind kind, String raw, Row parsed) {
        return switch (kind) {
            case INTEGER -> parsed.getLong(1);
            case DECIMAL -> parsed.getDouble(0);
            case BOOLEAN -> parsed.getLong(1) == 1;
            case DATE -> LocalDate.ofEpochDay((long) parsed.getDouble(0));
            case DATE_TIME -> LocalDateTime.ofEpochSecond((long) parsed.getDouble(0), parsed.getInt(3), ZoneOffset.UTC);
            case INSTANT -> Instant.ofEpochSecond((long) parsed.getDouble(0), parsed.getInt(3));
            default -> raw;
        };
    }
}
