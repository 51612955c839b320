package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.data.Artifacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module reads Parquet with neither Hadoop nor a native compression library on the class path. */
class HadoopFreeTest {

    @TempDir
    Path dir;

    @Test
    void neitherHadoopNorNativeCodecsAreOnTheClassPathAndParquetStillReads() {
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.xerial.snappy.Snappy")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.github.luben.zstd.Zstd")).isInstanceOf(ClassNotFoundException.class);

        Path file = Datasets.predictions(1000, 1, 0.1).parquet(dir.resolve("p.parquet"));

        assertThat(Artifacts.open(file).scan(row -> row.asDouble(2)).rows()).isEqualTo(1000);
    }
}
