package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.ArtifactFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowPositionsTest {

    @TempDir
    Path dir;

    @Test
    void numbers_rows_within_their_file_across_blocks_read_by_different_tasks() throws IOException {
        Path csv = dir.resolve("rows.csv");
        String lines = IntStream.rangeClosed(1, 5000).mapToObj(i -> i + ",value-" + i).collect(Collectors.joining("\n"));
        Files.writeString(csv, "id,text\n" + lines + "\n");
        SparkSession spark = LocalSpark.session();
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "4096");
        try {
            SparkInput input = new SparkReader(spark, new CsvOptions(',', '"', ArtifactFormat.DEFAULT_NULL_TOKENS,
                    "UTF-8", false)).read(csv.toString(), "");
            assertThat(input.rows().rdd().getNumPartitions()).isGreaterThan(10);
            RowPositions positions = new RowPositions(input);

            ExampleJob job = new ExampleJob(positions, 3);
            List<FoundExample> found = job.request(col("id").cast("int").mod(997).equalTo(0), col("text")).get();
            List<FoundExample> last = job.request(col("id").cast("int").equalTo(5000), col("text")).get();

            assertThat(found).containsExactly(new FoundExample(997, null, "value-997"), new FoundExample(1994, null, "value-1994"),
                    new FoundExample(2991, null, "value-2991"));
            assertThat(last).containsExactly(new FoundExample(5000, null, "value-5000"));
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
    }
}
