package dev.mlgate.backend;

import dev.mlgate.data.ValueKind;

/**
 * A column of a contract's schema as a backend reads it.
 *
 * @param name the column name in the data
 * @param kind how its fields are read (the engine's strict parsers define each kind)
 * @param javaType the record component's type: a value the type cannot hold ({@code int} past 2^31,
 *     {@code float} past its range) is unreadable, as is text of the wrong kind
 * @param nullable whether the component is {@code @Nullable}
 */
public record ColumnDescription(String name, ValueKind kind, Class<?> javaType, boolean nullable) {
}
