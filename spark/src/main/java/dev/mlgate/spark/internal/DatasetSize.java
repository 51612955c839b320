package dev.mlgate.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** The bytes of a dataset's files, asked of the file system Hadoop resolves each path with. */
final class DatasetSize {

    private DatasetSize() {
    }

    /** The total size of the input's files; 0 for a catalog table read without files. */
    static long bytes(SparkSession spark, SparkInput input) {
        long total = 0;
        for (String file : input.rows().inputFiles()) {
            Path path = new Path(file);
            try {
                FileStatus status = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(path);
                total += status.getLen();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of " + file, e);
            }
        }
        return total;
    }
}
