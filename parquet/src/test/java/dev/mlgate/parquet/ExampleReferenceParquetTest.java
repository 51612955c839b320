package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.Artifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' committed Parquet copy holds exactly the CSV's values, and the committed writer remakes it. */
class ExampleReferenceParquetTest {

    static final Path CSV = Path.of("../examples/data/reference.csv");
    static final Path PARQUET = Path.of("../examples/data/reference.parquet");

    @TempDir
    Path dir;

    @Test
    void theCommittedParquetCopyHoldsTheCsvValues() {
        assertThat(values(PARQUET)).isEqualTo(values(CSV));
        assertThat(Artifacts.open(PARQUET).header()).isEqualTo(Artifacts.open(CSV).header());
    }

    @Test
    void theWriterRemakesTheSameValues() {
        Path remade = ExampleReferenceParquet.write(CSV, dir.resolve("reference.parquet"));

        assertThat(Files.exists(remade)).isTrue();
        assertThat(values(remade)).isEqualTo(values(PARQUET));
    }

    /** Each value as read by the engine: numbers as doubles (their exact bits), the rest as text. */
    private static List<List<Object>> values(Path file) {
        List<List<Object>> rows = new ArrayList<>();
        Artifacts.open(file).scan(row -> {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String name = row.columnName(i);
                boolean text = row.isNull(i) || name.equals("intake_date") || name.equals("size_band")
                        || name.equals("diagnosis");
                values.add(text ? row.raw(i) : Double.doubleToLongBits(row.asDouble(i)));
            }
            rows.add(values);
        });
        return rows;
    }
}
