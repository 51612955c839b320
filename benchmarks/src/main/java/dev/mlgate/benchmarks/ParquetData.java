package dev.mlgate.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the Parquet copy of a {@link ContractData} CSV file: the same rows in the same order, each column
 * typed as the benchmark contracts declare it (long, int, double, string, DATE, TIMESTAMP without UTC
 * adjustment, boolean) and null where the CSV has an empty field. Written as Spark and pyarrow write by
 * default: every column optional, Snappy, dictionary encoding, Parquet v1 pages, 128 MB row groups.
 *
 * <p>Converting the CSV, rather than drawing the rows again, makes both files hold the same values by
 * construction: each number is the double or integer the CSV reader parses from the same text.
 */
public final class ParquetData {

    /** The schema: {@link ContractData#HEADER}'s twenty columns, typed as {@link BenchContract} reads them. */
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message bench {"
            + " optional int64 id; optional int64 customer_id; optional int32 age; optional double income;"
            + " optional double score; optional double balance; optional binary country (STRING);"
            + " optional binary segment (STRING); optional binary email (STRING); optional binary name (STRING);"
            + " optional int32 signup (DATE); optional boolean active; optional int32 clicks;"
            + " optional binary region (STRING); optional int64 tenure_days; optional int32 rating;"
            + " optional int64 updated_at (TIMESTAMP(MICROS,false)); optional binary device (STRING);"
            + " optional double discount; optional boolean churned; }");

    private ParquetData() {
    }

    /** Writes {@code csv}'s rows to {@code parquet} (replacing it) and returns {@code parquet}. */
    public static Path write(Path csv, Path parquet) throws IOException {
        List<String> header = List.of(ContractData.HEADER.split(","));
        if (header.size() != SCHEMA.getFieldCount()
                || !header.equals(SCHEMA.getFields().stream().map(f -> f.getName()).toList())) {
            throw new IllegalStateException("the Parquet schema does not name the CSV's columns in order");
        }
        Files.deleteIfExists(parquet);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                ParquetWriter<Group> out = ExampleParquetWriter.builder(new LocalOutputFile(parquet))
                        .withConf(new PlainParquetConfiguration()).withType(SCHEMA)
                        .withCodecFactory(new PureJavaSnappy()).withCompressionCodec(CompressionCodecName.SNAPPY)
                        .withWriterVersion(WriterVersion.PARQUET_1_0).withDictionaryEncoding(true)
                        .withRowGroupSize(128L * 1024 * 1024).build()) {
            if (!ContractData.HEADER.equals(in.readLine())) {
                throw new IllegalStateException(csv + " does not start with the benchmark's header");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(row(groups.newGroup(), line.split(",", -1)));
            }
        }
        return parquet;
    }

    private static Group row(Group group, String[] fields) {
        if (fields.length != SCHEMA.getFieldCount()) {
            throw new IllegalStateException("a row of " + fields.length + " fields: " + String.join(",", fields));
        }
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            if (field.isEmpty()) {
                continue; // the CSV's empty field is a null
            }
            switch (SCHEMA.getType(i).asPrimitiveType().getPrimitiveTypeName()) {
                case INT64 -> group.add(i, i == 16 ? micros(field) : Long.parseLong(field));
                case INT32 -> group.add(i, i == 10 ? (int) LocalDate.parse(field).toEpochDay() : Integer.parseInt(field));
                case DOUBLE -> group.add(i, Double.parseDouble(field));
                case BOOLEAN -> group.add(i, Boolean.parseBoolean(field));
                default -> group.add(i, field);
            }
        }
        return group;
    }

    /** A wall-clock date-time as microseconds since 1970-01-01T00:00, as TIMESTAMP(MICROS, false) holds it. */
    private static long micros(String field) {
        LocalDateTime time = LocalDateTime.parse(field);
        return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + time.getNano() / 1_000;
    }

    /** Writes the benchmark CSV and its Parquet copy: {@code <csv> <parquet> [rows]}, for trying the files by hand. */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 2 ? Long.parseLong(args[2]) : ContractData.ROWS;
        Path csv = ContractData.write(Path.of(args[0]), rows, ContractData.SEED, ContractData.Variant.REFERENCE);
        System.out.println(BenchFiles.size(csv) + "; " + BenchFiles.size(write(csv, Path.of(args[1]))));
    }
}
