package dev.mlgate.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes Parquet fixtures with parquet-java's own writer, at test time, into a temporary directory. */
final class ParquetFixtures {

    /** How to write: codec, page format, row group size in bytes, dictionary on or off. */
    record Options(CompressionCodecName codec, WriterVersion version, int rowGroupBytes, boolean dictionary) {

        static final Options DEFAULT = new Options(CompressionCodecName.SNAPPY, WriterVersion.PARQUET_1_0,
                128 * 1024 * 1024, true);

        Options with(CompressionCodecName newCodec) {
            return new Options(newCodec, version, rowGroupBytes, dictionary);
        }

        Options with(WriterVersion newVersion) {
            return new Options(codec, newVersion, rowGroupBytes, dictionary);
        }

        Options rowGroups(int bytes) {
            return new Options(codec, version, bytes, dictionary);
        }

        Options plain() {
            return new Options(codec, version, rowGroupBytes, false);
        }
    }

    private ParquetFixtures() {
    }

    static MessageType schema(String text) {
        return MessageTypeParser.parseMessageType(text);
    }

    /**
     * Writes {@code rows}: each maps a column name to a Long, Integer, Double, Float, Boolean, String or
     * Binary value; an absent or null value is a null.
     */
    static Path write(Path file, MessageType schema, List<Map<String, Object>> rows, Options options) {
        try {
            Files.deleteIfExists(file);
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration()).withType(schema)
                    .withCodecFactory(new PureJavaCodecs()).withCompressionCodec(options.codec())
                    .withWriterVersion(options.version()).withRowGroupSize((long) options.rowGroupBytes())
                    .withPageSize(4096).withDictionaryEncoding(options.dictionary()).build()) {
                for (Map<String, Object> row : rows) {
                    Group group = groups.newGroup();
                    row.forEach((name, value) -> append(group, name, value));
                    writer.write(group);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Group group, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long v) {
            group.append(name, v);
        } else if (value instanceof Integer v) {
            group.append(name, v);
        } else if (value instanceof Double v) {
            group.append(name, v);
        } else if (value instanceof Float v) {
            group.append(name, v);
        } else if (value instanceof Boolean v) {
            group.append(name, v);
        } else if (value instanceof Binary v) {
            group.append(name, v);
        } else {
            group.append(name, value.toString());
        }
    }
}
