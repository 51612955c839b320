package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Artifacts;
import dev.mlgate.data.ColumnData;
import dev.mlgate.data.ColumnRequest;
import dev.mlgate.data.Columns;
import dev.mlgate.data.ReadCounter;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.parquet.ParquetFixtures.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetSourceTest {

    static final MessageType NUMBERS = ParquetFixtures.schema("message m { required int64 id; optional double score;"
            + " optional binary label (STRING); }");

    @TempDir
    Path dir;

    /** Seeded rows with nulls, NaN, infinities, -0.0 and doubles that need all 17 digits. */
    static List<Map<String, Object>> numbers(int n, long seed) {
        Random random = new Random(seed);
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.1 + 0.2, Double.MIN_VALUE, 1e300};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", (long) i);
            row.put("score", i % 17 == 3 ? null : i % 50 < special.length ? special[i % 50] : random.nextDouble());
            row.put("label", i % 11 == 0 ? null : "class-" + random.nextInt(4));
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> texts(RowSource source) {
        List<List<String>> rows = new ArrayList<>();
        source.scan(row -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.raw(i));
            }
            rows.add(values);
        });
        return rows;
    }

    static List<List<String>> expected(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.values().stream().map(v -> v == null ? null : v.toString()).toList())
                .toList();
    }

    @Nested
    class Values {

        @ParameterizedTest
        @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
        void everyPureJavaCodecReadsBackTheValuesWrittenInBothPageVersions(CompressionCodecName codec) {
            List<Map<String, Object>> rows = numbers(3000, 7);
            Path v1 = ParquetFixtures.write(dir.resolve("v1.parquet"), NUMBERS, rows, Options.DEFAULT.with(codec));
            Path v2 = ParquetFixtures.write(dir.resolve("v2.parquet"), NUMBERS, rows,
                    Options.DEFAULT.with(codec).with(WriterVersion.PARQUET_2_0));

            RowSource source = Artifacts.open(v1);

            assertThat(source.header()).containsExactly("id", "score", "label");
            assertThat(texts(source)).isEqualTo(expected(rows));
            // version 2: DATA_PAGE_V2, a PLAIN dictionary page with RLE_DICTIONARY values, delta encodings
            assertThat(texts(Artifacts.open(v2))).isEqualTo(expected(rows));
        }

        @Test
        void aParquetFileIsKnownByItsMagicBytesWhateverItsName() {
            List<Map<String, Object>> rows = numbers(100, 2);
            Path file = ParquetFixtures.write(dir.resolve("scores.csv"), NUMBERS, rows, Options.DEFAULT);

            assertThat(texts(Artifacts.open(file))).isEqualTo(expected(rows));
        }

        @Test
        void version2PagesWithoutDictionaryAndManyRowGroupsReadBackInFileOrder() {
            List<Map<String, Object>> rows = numbers(20_000, 8);
            Path file = ParquetFixtures.write(dir.resolve("v2.parquet"), NUMBERS, rows,
                    Options.DEFAULT.with(WriterVersion.PARQUET_2_0).plain().rowGroups(16 * 1024));

            assertThat(texts(Artifacts.open(file))).isEqualTo(expected(rows));
        }

        @Test
        void doublesKeepEveryBitThroughTheTextAndTheFastPath() {
            List<Map<String, Object>> rows = numbers(2000, 9);
            Path file = ParquetFixtures.write(dir.resolve("d.parquet"), NUMBERS, rows, Options.DEFAULT);

            ColumnData data = Columns.read(Artifacts.open(file),
                    List.of(ColumnRequest.decimals("score").allowingMissing().allowingNonFinite()));
            List<Double> parsed = new ArrayList<>();
            Artifacts.open(file).scan(row -> parsed.add(row.isNull(1) ? Double.NaN : row.asDouble(1)));

            for (int i = 0; i < rows.size(); i++) {
                Object written = rows.get(i).get("score");
                long bits = Double.doubleToRawLongBits(written == null ? Double.NaN : (Double) written);
                assertThat(Double.doubleToRawLongBits(data.decimals("score")[i])).as("row %d", i).isEqualTo(bits);
                assertThat(Double.doubleToRawLongBits(parsed.get(i))).as("row %d", i).isEqualTo(bits);
            }
        }
    }

    @Nested
    class Lineage {

        @Test
        void aFileWithoutRowsHasItsColumnsAndNoRows() {
            Path file = ParquetFixtures.write(dir.resolve("empty.parquet"), NUMBERS, List.of(), Options.DEFAULT);

            RowSource source = Artifacts.open(file);

            assertThat(source.header()).containsExactly("id", "score", "label");
            assertThat(source.scan(row -> {
                throw new AssertionError("no row expected");
            }).rows()).isZero();
        }

        @Test
        void aScanCountsRowsAndDigestsTheWholeFileOnce() throws Exception {
            Path file = ParquetFixtures.write(dir.resolve("n.parquet"), NUMBERS, numbers(500, 1), Options.DEFAULT);
            ReadCounter counter = new ReadCounter();

            ScanSummary summary = Artifacts.open(file, dev.mlgate.data.ArtifactFormat.DEFAULT, counter)
                    .scan(row -> row.raw(0));

            assertThat(summary.rows()).isEqualTo(500);
            assertThat(summary.bytes()).isEqualTo(Files.size(file));
            assertThat(summary.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            assertThat(counter.opens(file)).isEqualTo(1);
            assertThat(counter.scans(file)).isEqualTo(1);
        }
    }

    @Nested
    class Projection {

        @Test
        void aColumnTheScanNeverReadsIsNeverDecoded() throws IOException {
            List<Map<String, Object>> rows = numbers(5000, 3);
            Path file = ParquetFixtures.write(dir.resolve("p.parquet"), NUMBERS, rows,
                    Options.DEFAULT.with(CompressionCodecName.UNCOMPRESSED).plain());
            Corruption.overwriteChunk(file, 1); // the score column's pages become garbage

            List<String> ids = new ArrayList<>();
            Artifacts.open(file).scan(row -> ids.add(row.raw(0)));
            assertThat(ids).hasSize(5000).startsWith("0", "1").endsWith("4999");

            assertThatThrownBy(() -> Artifacts.open(file).scan(row -> row.raw(1)))
                    .isInstanceOf(ArtifactException.class)
                    .hasMessageStartingWith(file + ", row 1, column 'score': cannot be decoded: ");
        }
    }

    @Nested
    class PartFileDirectories {

        @Test
        void partsAreOneDatasetInNameOrderAndBookkeepingFilesAreIgnored() throws IOException {
            Path table = Files.createDirectory(dir.resolve("table"));
            List<Map<String, Object>> rows = numbers(900, 4);
            ParquetFixtures.write(table.resolve("part-00001.parquet"), NUMBERS, rows.subList(300, 900), Options.DEFAULT);
            ParquetFixtures.write(table.resolve("part-00000.parquet"), NUMBERS, rows.subList(0, 300), Options.DEFAULT);
            Files.writeString(table.resolve("_SUCCESS"), "");
            Files.writeString(table.resolve(".part-00000.parquet.crc"), "crc");

            RowSource source = Artifacts.open(table);
            List<Long> numbers = new ArrayList<>();
            ScanSummary summary = source.scan(row -> numbers.add(row.rowNumber()));

            assertThat(texts(source)).isEqualTo(expected(rows));
            assertThat(numbers).hasSize(900).startsWith(1L, 2L).endsWith(900L);
            assertThat(summary.rows()).isEqualTo(900);
            assertThat(summary.bytes()).isEqualTo(Files.size(table.resolve("part-00000.parquet"))
                    + Files.size(table.resolve("part-00001.parquet")));
        }

        @Test
        void eachRowKnowsItsPartFileAndItsRowWithinIt() throws IOException {
            Path table = Files.createDirectory(dir.resolve("table"));
            List<Map<String, Object>> rows = numbers(30, 6);
            ParquetFixtures.write(table.resolve("part-00000.parquet"), NUMBERS, rows.subList(0, 20), Options.DEFAULT);
            ParquetFixtures.write(table.resolve("part-00001.parquet"), NUMBERS, rows.subList(20, 30), Options.DEFAULT);
            Path single = ParquetFixtures.write(dir.resolve("single.parquet"), NUMBERS, rows, Options.DEFAULT);

            List<String> places = new ArrayList<>();
            Artifacts.open(table).scan(row -> places.add(row.rowNumber() + "=" + row.partFile() + ":" + row.rowInPart()));
            List<String> inOneFile = new ArrayList<>();
            Artifacts.open(single).scan(row -> inOneFile.add(row.partFile() + ":" + row.rowInPart()));

            assertThat(places).hasSize(30).startsWith("1=part-00000.parquet:1").contains("20=part-00000.parquet:20",
                    "21=part-00001.parquet:1").endsWith("30=part-00001.parquet:10");
            assertThat(inOneFile).startsWith("null:1").endsWith("null:30");
        }

        @Test
        void anErrorNamesThePartFileAndTheRowWithinIt() throws IOException {
            Path table = Files.createDirectory(dir.resolve("table"));
            List<Map<String, Object>> rows = numbers(40, 5);
            ParquetFixtures.write(table.resolve("part-00000.parquet"), NUMBERS, rows.subList(0, 25), Options.DEFAULT);
            ParquetFixtures.write(table.resolve("part-00001.parquet"), NUMBERS, rows.subList(25, 40), Options.DEFAULT);

            assertThatThrownBy(() -> Artifacts.open(table).scan(row -> {
                if (row.rowNumber() == 30) {
                    throw row.error(2, "bad label");
                }
            })).hasMessage(table.resolve("part-00001.parquet") + ", row 5, column 'label': bad label");
        }
    }
}
