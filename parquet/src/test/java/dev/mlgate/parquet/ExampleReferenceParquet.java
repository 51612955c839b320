package dev.mlgate.parquet;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;

/**
 * Writes examples/data/reference.parquet, the Parquet copy of examples/data/reference.csv that the examples'
 * ReferenceSnapshotContract reads: {@code sample_id} as INT64, {@code intake_date} as DATE, the labels as
 * STRING and every measurement as DOUBLE (parsed from the CSV's text, so each is the double the CSV means).
 * Run from the repository root:
 * {@code mvn -q -pl parquet -am test-compile} then {@code java -cp <test class path>
 * dev.mlgate.parquet.ExampleReferenceParquet examples/data/reference.csv examples/data/reference.parquet}.
 * ExampleReferenceParquetTest checks that the committed file holds the CSV's values.
 */
public final class ExampleReferenceParquet {

    private ExampleReferenceParquet() {
    }

    public static void main(String[] args) {
        write(Path.of(args[0]), Path.of(args[1]));
    }

    static Path write(Path csv, Path parquet) {
        RowSource source = Artifacts.open(csv);
        List<String> header = source.header();
        MessageType schema = ParquetFixtures.schema("message reference { " + header.stream().map(column -> switch (column) {
            case "sample_id" -> "required int64 sample_id;";
            case "intake_date" -> "optional int32 intake_date (DATE);";
            case "size_band", "diagnosis" -> "optional binary " + column + " (STRING);";
            default -> "optional double " + column + ";";
        }).collect(Collectors.joining(" ")) + " }");
        List<Map<String, Object>> rows = new ArrayList<>();
        source.scan(row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String text = row.raw(i);
                values.put(header.get(i), text == null ? null : switch (header.get(i)) {
                    case "sample_id" -> Long.parseLong(text);
                    case "intake_date" -> (int) LocalDate.parse(text).toEpochDay();
                    case "size_band", "diagnosis" -> text;
                    default -> Double.parseDouble(text);
                });
            }
            rows.add(values);
        });
        return ParquetFixtures.write(parquet, schema, rows,
                ParquetFixtures.Options.DEFAULT.with(CompressionCodecName.ZSTD));
    }
}
