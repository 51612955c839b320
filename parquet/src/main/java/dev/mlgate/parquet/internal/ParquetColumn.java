package dev.mlgate.parquet.internal;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type.Repetition;

/**
 * One column of a flat Parquet file: its position among the leaves, its type, and how it reads.
 *
 * @param index the 0-based position among the file's columns (and in its row groups' column chunks)
 * @param type the physical and logical type
 */
record ParquetColumn(int index, PrimitiveType type) {

    String name() {
        return type.getName();
    }

    Shape shape() {
        return Shape.of(type);
    }

    /** The column's definition level when a value is present: 1 if optional, 0 if required. */
    int maxDefinitionLevel() {
        return type.getRepetition() == Repetition.REQUIRED ? 0 : 1;
    }

    ColumnDescriptor descriptor() {
        return new ColumnDescriptor(new String[] {name()}, type, 0, maxDefinitionLevel());
    }

    /** Empty statistics for the pages handed to the decoders, which do not read them. */
    Statistics<?> noStatistics() {
        return Statistics.createStats(type);
    }

    /** The type as Parquet names it, such as {@code INT64 (TIMESTAMP(MICROS,true))} or {@code DOUBLE}. */
    String describe() {
        var logical = type.getLogicalTypeAnnotation();
        String physical = type.getPrimitiveTypeName().name();
        return logical == null ? physical : physical + " (" + logical + ")";
    }

    /** Whether both columns read the same way (name, physical and logical type, optional or not). */
    boolean sameAs(ParquetColumn other) {
        return type.equals(other.type);
    }
}
