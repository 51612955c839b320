package dev.mlgate.contract.internal;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.data.ValueKind;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * A column of a contract's schema, from one record component or field.
 *
 * @param name the column name in the data
 * @param javaName the component or field name
 * @param kind how its values are read
 * @param nullable whether nulls are allowed
 * @param allowedValues the constants of an enum type, else empty (any value)
 * @param annotations where its constraint annotations are read from
 * @param accessor the record accessor a method selector names, if a record component
 * @param width how much of the kind the Java type holds ({@code int} holds less than a 64-bit integer)
 */
record ColumnSpec(
        String name,
        String javaName,
        ValueKind kind,
        boolean nullable,
        Set<String> allowedValues,
        AnnotatedElement annotations,
        Optional<Method> accessor,
        TypeWidth width) {

    /** A column whose type holds every value of its kind. */
    ColumnSpec(String name, String javaName, ValueKind kind, boolean nullable, Set<String> allowedValues,
            AnnotatedElement annotations, Optional<Method> accessor) {
        this(name, javaName, kind, nullable, allowedValues, annotations, accessor, TypeWidth.FULL);
    }

    /** A column read as {@code description} says, without annotations: what a local scan needs. */
    static ColumnSpec of(ColumnDescription description) {
        return new ColumnSpec(description.name(), description.name(), description.kind(), description.nullable(),
                Set.of(), null, Optional.empty(), TypeWidth.of(description.javaType()));
    }

    /** The column as a backend reads it. */
    ColumnDescription describe() {
        return new ColumnDescription(name, kind, javaType(), nullable);
    }

    /** The component's or field's type; for a column made in memory, the widest type of its kind. */
    Class<?> javaType() {
        if (annotations instanceof RecordComponent component) {
            return component.getType();
        }
        if (annotations instanceof Field field) {
            return field.getType();
        }
        return switch (kind) {
            case INTEGER -> Long.class;
            case DECIMAL -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case DATE_TIME -> LocalDateTime.class;
            case INSTANT -> Instant.class;
            default -> String.class;
        };
    }
}
