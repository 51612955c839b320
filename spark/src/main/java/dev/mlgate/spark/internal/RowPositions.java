package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Numbers rows within their file, so a failing row's example names a row a reader can find.
 *
 * <p>{@code monotonically_increasing_id} is not a row number: it is the partition's index shifted left 33
 * bits plus the row's position within the partition. But a file is read in blocks ({@code
 * _metadata.file_block_start}), each block by one task in order, so within a block the id grows by one a
 * row. One small job counts the rows of each block and its smallest id; a row's number is then the rows of
 * the file's earlier blocks plus its distance from its block's smallest id, plus one. Rows of a catalog
 * table without files are numbered in partition order. The ids are stable between the two jobs because
 * both scan the same files with the same splits; nothing is shuffled before the id is taken.
 */
final class RowPositions {

    static final String FILE = "__mlgate_file";
    static final String BLOCK = "__mlgate_block";
    static final String ID = "__mlgate_id";

    private final Dataset<Row> withIds;
    private Dataset<Row> positioned;
    private Map<List<Object>, Long> firstRows;
    private int files;

    RowPositions(SparkInput input) {
        Column file = input.fileBased() ? col("_metadata.file_path") : lit("");
        Column block = input.fileBased() ? col("_metadata.file_block_start") : spark_partition_id().cast("long");
        // the id is taken right after the scan: a filter below it would change the positions
        List<Column> columns = new java.util.ArrayList<>(fields(input));
        columns.addAll(List.of(file.as(FILE), block.as(BLOCK), monotonically_increasing_id().as(ID)));
        withIds = input.rows().select(columns.toArray(Column[]::new));
        positioned = withIds;
    }

    /**
     * The input's fields, a null token (text meaning "missing") read as null. Done here, once per field:
     * the id makes this projection nondeterministic, so Spark keeps it apart from the projection that
     * parses the values, which would otherwise repeat the token test in every branch of the parse.
     */
    private static List<Column> fields(SparkInput input) {
        if (input.nullTokens().isEmpty()) {
            return List.of(col("*"));
        }
        Object[] tokens = input.nullTokens().toArray();
        return input.header().stream().map(name -> {
            Column field = col(ParsedValue.quoted(name));
            return when(field.isin(tokens), lit(null).cast(DataTypes.StringType)).otherwise(field).as(name);
        }).toList();
    }

    /** Keeps, besides the positions, only the given columns (the scan's parsed values) of each row. */
    void keep(List<Column> columns) {
        List<Column> kept = new java.util.ArrayList<>(List.of(order()));
        kept.addAll(columns);
        positioned = withIds.select(kept.toArray(Column[]::new));
    }

    /** Reads the kept rows from {@code rows} from now on: the same rows, persisted. */
    void use(Dataset<Row> rows) {
        positioned = rows;
    }

    /** The rows with their position columns. */
    Dataset<Row> rows() {
        return positioned;
    }

    /** The row order: file, block, then position within the block. */
    static Column[] order() {
        return new Column[] {col(FILE), col(BLOCK), col(ID)};
    }

    /** The 1-based row number within its file of a row holding the position columns. */
    long rowNumber(Row row) {
        return rowNumber(row.getAs(FILE), ((Number) row.getAs(BLOCK)).longValue(), row.getAs(ID));
    }

    /** The 1-based row number within {@code file} of the row with the id {@code id} in block {@code block}. */
    long rowNumber(String file, long block, long id) {
        Long offset = blocks().get(List.of(file, block));
        if (offset == null) {
            throw new IllegalStateException("rows of " + file + " from byte " + block + " were not counted");
        }
        return offset + id;
    }

    /** The name of the row's file when the dataset has several files, else null. */
    String fileOf(Row row) {
        return fileOf((String) row.getAs(FILE));
    }

    /** The name of {@code path} when the dataset has several files, else null. */
    String fileOf(String path) {
        blocks();
        return files < 2 ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    /** Takes the blocks' smallest ids and row counts from a job that counted them on its way. */
    synchronized void counted(Map<List<Object>, long[]> blocks) {
        if (firstRows == null) {
            firstRows = offsets(blocks.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(
                    java.util.Comparator.comparing((List<Object> key) -> (String) key.get(0))
                            .thenComparingLong(key -> (Long) key.get(1))))
                    .map(entry -> new Object[] {entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0],
                        entry.getValue()[1]}).toList());
        }
    }

    /** Per block, the row number of a row minus its id: computed once, when the first example needs it. */
    private synchronized Map<List<Object>, Long> blocks() {
        if (firstRows == null) {
            List<Row> counted = positioned.groupBy(col(FILE), col(BLOCK)).agg(min(col(ID)), count(lit(1)))
                    .orderBy(col(FILE), col(BLOCK)).collectAsList();
            firstRows = offsets(counted.stream().map(block -> new Object[] {block.getString(0),
                ((Number) block.get(1)).longValue(), block.getLong(2), block.getLong(3)}).toList());
        }
        return firstRows;
    }

    /** From blocks in file and offset order (file, block, smallest id, rows): each block's row number minus id. */
    private Map<List<Object>, Long> offsets(List<Object[]> blocks) {
        Map<List<Object>, Long> offsets = new HashMap<>();
        String file = null;
        long before = 0;
        files = 0;
        for (Object[] block : blocks) {
            if (!block[0].equals(file)) {
                file = (String) block[0];
                before = 0;
                files++;
            }
            offsets.put(List.of(file, (Long) block[1]), before + 1 - (Long) block[2]);
            before += (Long) block[3];
        }
        return offsets;
    }
}
