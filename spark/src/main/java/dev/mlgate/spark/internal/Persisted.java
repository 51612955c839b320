package dev.mlgate.spark.internal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Option;

/**
 * A scan's parsed rows kept on the executors' disks while its jobs read them, so the input is read and
 * parsed once instead of once per job. On disk only: kept in memory as well, the columnar batches of a
 * 1,000,000-row file exhausted a 2 GiB local-mode heap, and the operating system caches the file anyway.
 *
 * <p>The projection that parses the rows has a column per field and a struct per parsed value: past
 * {@code spark.sql.codegen.maxFields} nested fields Spark interprets it instead of compiling it. The
 * limit guards against aggregations and joins whose generated code grows too large; a projection's code
 * is small per field. So the limit is raised while Spark plans the persisted projection (it plans it when
 * asked to persist) and put back right after, leaving the session as the caller had it.
 */
final class Persisted {

    static final String MAX_FIELDS = "spark.sql.codegen.maxFields";

    private final Dataset<Row> rows;

    private Persisted(Dataset<Row> rows) {
        this.rows = rows;
    }

    static Persisted of(Dataset<Row> projection) {
        RuntimeConfig conf = projection.sparkSession().conf();
        Option<String> before = conf.getOption(MAX_FIELDS);
        int fields = fields(projection.schema());
        boolean raise = fields > Integer.parseInt(conf.get(MAX_FIELDS));
        if (raise) {
            conf.set(MAX_FIELDS, fields);
        }
        try {
            return new Persisted(projection.persist(StorageLevel.DISK_ONLY()));
        } finally {
            if (raise && before.isDefined()) {
                conf.set(MAX_FIELDS, before.get());
            } else if (raise) {
                conf.unset(MAX_FIELDS);
            }
        }
    }

    Dataset<Row> rows() {
        return rows;
    }

    void release() {
        rows.unpersist(false);
    }

    /** The fields of a type as Spark counts them against the limit: a struct's nested fields one by one. */
    private static int fields(DataType type) {
        if (type instanceof StructType struct) {
            int fields = 0;
            for (StructField field : struct.fields()) {
                fields += fields(field.dataType());
            }
            return fields;
        }
        return 1;
    }
}
