package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.LogicalType;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Turns a footer's schema elements into the columns of a flat table. Nested groups (structs, lists, maps)
 * and repeated fields are refused by name: a table row has one value per column.
 */
final class FlatSchema {

    private FlatSchema() {
    }

    /** The leaf columns, in file order. */
    static List<ParquetColumn> columns(Path file, List<SchemaElement> elements) {
        if (elements.isEmpty()) {
            throw ArtifactException.of(file, "has a corrupt footer: its schema is empty");
        }
        List<ParquetColumn> columns = new ArrayList<>();
        for (SchemaElement element : elements.subList(1, elements.size())) {
            if (element.isSetNum_children() && element.getNum_children() > 0 || !element.isSetType()) {
                throw ArtifactException.of(file, "column '" + element.getName() + "' is a nested group (a struct,"
                        + " list or map); mlgate reads flat Parquet tables: flatten or select the columns first");
            }
            if (element.getRepetition_type() == FieldRepetitionType.REPEATED) {
                throw ArtifactException.of(file, "column '" + element.getName() + "' is repeated (a list);"
                        + " mlgate reads flat Parquet tables, one value per column and row");
            }
            columns.add(new ParquetColumn(columns.size(), primitive(element)));
        }
        return columns;
    }

    private static PrimitiveType primitive(SchemaElement element) {
        Repetition repetition = element.getRepetition_type() == FieldRepetitionType.REQUIRED
                ? Repetition.REQUIRED : Repetition.OPTIONAL;
        PrimitiveTypeName name = switch (element.getType()) {
            case BOOLEAN -> PrimitiveTypeName.BOOLEAN;
            case INT32 -> PrimitiveTypeName.INT32;
            case INT64 -> PrimitiveTypeName.INT64;
            case INT96 -> PrimitiveTypeName.INT96;
            case FLOAT -> PrimitiveTypeName.FLOAT;
            case DOUBLE -> PrimitiveTypeName.DOUBLE;
            case BYTE_ARRAY -> PrimitiveTypeName.BINARY;
            case FIXED_LEN_BYTE_ARRAY -> PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
        };
        return Types.primitive(name, repetition).length(element.isSetType_length() ? element.getType_length() : 0)
                .as(logical(element)).named(element.getName());
    }

    /** The logical type, from the newer {@code logicalType} field or else the legacy converted type. */
    private static LogicalTypeAnnotation logical(SchemaElement element) {
        if (element.isSetLogicalType()) {
            LogicalType type = element.getLogicalType();
            if (type.isSetSTRING()) {
                return LogicalTypeAnnotation.stringType();
            } else if (type.isSetENUM()) {
                return LogicalTypeAnnotation.enumType();
            } else if (type.isSetJSON()) {
                return LogicalTypeAnnotation.jsonType();
            } else if (type.isSetUUID()) {
                return LogicalTypeAnnotation.uuidType();
            } else if (type.isSetDATE()) {
                return LogicalTypeAnnotation.dateType();
            } else if (type.isSetDECIMAL()) {
                return LogicalTypeAnnotation.decimalType(type.getDECIMAL().getScale(), type.getDECIMAL().getPrecision());
            } else if (type.isSetINTEGER()) {
                return LogicalTypeAnnotation.intType(type.getINTEGER().getBitWidth(), type.getINTEGER().isIsSigned());
            } else if (type.isSetTIMESTAMP()) {
                return LogicalTypeAnnotation.timestampType(type.getTIMESTAMP().isIsAdjustedToUTC(),
                        unit(type.getTIMESTAMP().getUnit()));
            } else if (type.isSetTIME()) {
                return LogicalTypeAnnotation.timeType(type.getTIME().isIsAdjustedToUTC(), unit(type.getTIME().getUnit()));
            }
        }
        return element.isSetConverted_type() ? converted(element) : null;
    }

    private static LogicalTypeAnnotation converted(SchemaElement element) {
        ConvertedType type = element.getConverted_type();
        return switch (type) {
            case UTF8 -> LogicalTypeAnnotation.stringType();
            case ENUM -> LogicalTypeAnnotation.enumType();
            case JSON -> LogicalTypeAnnotation.jsonType();
            case DATE -> LogicalTypeAnnotation.dateType();
            case DECIMAL -> LogicalTypeAnnotation.decimalType(element.getScale(), element.getPrecision());
            // legacy timestamps are UTC-adjusted, as the format specification says
            case TIMESTAMP_MILLIS -> LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS);
            case TIMESTAMP_MICROS -> LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS);
            case TIME_MILLIS -> LogicalTypeAnnotation.timeType(true, TimeUnit.MILLIS);
            case TIME_MICROS -> LogicalTypeAnnotation.timeType(true, TimeUnit.MICROS);
            case INT_8 -> LogicalTypeAnnotation.intType(8, true);
            case INT_16 -> LogicalTypeAnnotation.intType(16, true);
            case INT_32 -> LogicalTypeAnnotation.intType(32, true);
            case INT_64 -> LogicalTypeAnnotation.intType(64, true);
            case UINT_8 -> LogicalTypeAnnotation.intType(8, false);
            case UINT_16 -> LogicalTypeAnnotation.intType(16, false);
            case UINT_32 -> LogicalTypeAnnotation.intType(32, false);
            case UINT_64 -> LogicalTypeAnnotation.intType(64, false);
            default -> null;
        };
    }

    private static TimeUnit unit(org.apache.parquet.format.TimeUnit unit) {
        if (unit.isSetMILLIS()) {
            return TimeUnit.MILLIS;
        }
        return unit.isSetMICROS() ? TimeUnit.MICROS : TimeUnit.NANOS;
    }
}
