package dev.mlgate.contract.internal;

import dev.mlgate.data.ValueKind;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
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
}
