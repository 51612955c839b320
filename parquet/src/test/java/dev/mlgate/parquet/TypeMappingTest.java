package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text each Parquet type reads as, for the types Spark, pandas and older writers use. */
class TypeMappingTest {

    static final MessageType TYPES = ParquetFixtures.schema("message m {"
            + " optional int96 spark_ts;"
            + " optional int64 legacy_ts (TIMESTAMP_MILLIS);"
            + " optional int64 nanos_ts (TIMESTAMP(NANOS,true));"
            + " optional int64 local_ts (TIMESTAMP(MICROS,false));"
            + " optional int32 small (INTEGER(8,true));"
            + " optional int32 unsigned32 (INTEGER(32,false));"
            + " optional int64 unsigned64 (INTEGER(64,false));"
            + " optional binary big_decimal (DECIMAL(30,4));"
            + " optional int32 int_decimal (DECIMAL(9,0));"
            + " optional fixed_len_byte_array(16) id (UUID);"
            + " optional int32 clock (TIME(MILLIS,true));"
            + " optional binary raw;"
            + " optional binary label (ENUM);"
            + " optional float ratio; }");

    @TempDir
    Path dir;

    @Test
    void eachTypeReadsAsTheTextACsvExportWouldHold() {
        Instant instant = Instant.parse("2024-02-29T23:59:58.123456789Z");
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        Map<String, Object> row = new HashMap<>();
        row.put("spark_ts", int96(instant));
        row.put("legacy_ts", instant.toEpochMilli());
        row.put("nanos_ts", instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
        row.put("local_ts", LocalDateTime.of(1969, 12, 31, 23, 59, 59).toEpochSecond(java.time.ZoneOffset.UTC)
                * 1_000_000L + 500_000);
        row.put("small", -7);
        row.put("unsigned32", -1);
        row.put("unsigned64", -1L);
        row.put("big_decimal", Binary.fromConstantByteArray(new BigInteger("-123456789012345678901234567").toByteArray()));
        row.put("int_decimal", 42);
        row.put("id", Binary.fromConstantByteArray(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array()));
        row.put("clock", 13 * 3_600_000 + 5 * 60_000 + 7_250);
        row.put("raw", Binary.fromConstantByteArray(new byte[] {'o', 'k'}));
        row.put("label", "benign");
        row.put("ratio", 0.1f);
        Path file = ParquetFixtures.write(dir.resolve("types.parquet"), TYPES, List.of(row, Map.of()),
                ParquetFixtures.Options.DEFAULT);

        List<List<String>> rows = ParquetSourceTest.texts(Artifacts.open(file));

        assertThat(rows.get(0)).containsExactly("2024-02-29T23:59:58.123456789Z", "2024-02-29T23:59:58.123Z",
                "2024-02-29T23:59:58.123456789Z", "1969-12-31T23:59:59.500", "-7", "4294967295",
                "18446744073709551615", "-12345678901234567890123.4567", "42", uuid.toString(), "13:05:07.250", "ok",
                "benign", "0.1");
        assertThat(rows.get(1)).containsOnlyNulls();
    }

    @Test
    void theRecordTypesEachColumnCanHold() {
        Path file = ParquetFixtures.write(dir.resolve("types.parquet"), TYPES, List.of(Map.of()),
                ParquetFixtures.Options.DEFAULT);
        RowSource source = Artifacts.open(file);

        source.requireTypes(Map.of("spark_ts", Instant.class, "legacy_ts", Instant.class, "local_ts",
                LocalDateTime.class, "small", byte.class, "unsigned32", long.class, "int_decimal", long.class,
                "big_decimal", double.class, "ratio", double.class, "label", String.class, "id", String.class));
        assertThatThrownBy(() -> source.requireTypes(Map.of("local_ts", Instant.class)))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ", column 'local_ts': is Parquet INT64 (TIMESTAMP(MICROS,false)), which cannot be"
                        + " read as Instant; declare it as LocalDateTime");
        assertThatThrownBy(() -> source.requireTypes(Map.of("big_decimal", long.class)))
                .hasMessage(file + ", column 'big_decimal': is Parquet BINARY (DECIMAL(30,4)), which cannot be read"
                        + " as long; declare it as double");
        assertThatThrownBy(() -> source.requireTypes(Map.of("clock", LocalDate.class)))
                .hasMessage(file + ", column 'clock': is Parquet INT32 (TIME(MILLIS,true)), which cannot be read as"
                        + " LocalDate; declare it as String");
    }

    /** Spark's legacy timestamp: nanoseconds of the day, then the Julian day, little-endian. */
    private static Binary int96(Instant instant) {
        long day = Math.floorDiv(instant.getEpochSecond(), 86_400);
        long nanos = (instant.getEpochSecond() - day * 86_400) * 1_000_000_000L + instant.getNano();
        return Binary.fromConstantByteArray(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(nanos)
                .putInt((int) (day + 2_440_588)).array());
    }
}
