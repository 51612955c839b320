package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.gzip;
import static dev.mlgate.data.Fixtures.rows;
import static dev.mlgate.data.Fixtures.write;
import static dev.mlgate.data.Fixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File kinds, compression, and the hook that counts reads. */
class ArtifactFilesTest {

    @TempDir
    Path dir;

    @Test
    void theKindOfAFileComesFromItsNameLookingThroughGz() {
        assertThat(FileKind.of(Path.of("a.csv"))).isEqualTo(FileKind.CSV);
        assertThat(FileKind.of(Path.of("a.CSV.GZ"))).isEqualTo(FileKind.CSV);
        assertThat(FileKind.of(Path.of("a.gz"))).isEqualTo(FileKind.CSV);
        assertThat(FileKind.of(Path.of("a.txt"))).isEqualTo(FileKind.CSV);
        assertThat(FileKind.of(Path.of("dir.d/a"))).isEqualTo(FileKind.CSV);
        assertThat(FileKind.of(Path.of("a.tsv.gz"))).isEqualTo(FileKind.TSV);
        assertThat(FileKind.of(Path.of("a.jsonl"))).isEqualTo(FileKind.JSON_LINES);
        assertThat(FileKind.of(Path.of("a.ndjson.gz"))).isEqualTo(FileKind.JSON_LINES);
        assertThat(Compression.of(Path.of("a.csv.gz"))).isEqualTo(Compression.GZIP);
        assertThat(Compression.of(Path.of("a.csv"))).isEqualTo(Compression.NONE);
    }

    @Test
    void aPlainJsonDocumentIsRefusedWithAHint() {
        Path file = Path.of("data", "predictions.json");

        assertThatThrownBy(() -> FileKind.of(file))
                .hasMessage(file + ": a .json file is one JSON document; mlgate reads JSON Lines (.jsonl, one object"
                        + " per line)");
    }

    @Test
    void aGzippedCsvIsDecompressed() {
        byte[] content = "id,city\n1,K\u00f6ln\n2,Paris\n".getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes(dir, "cities.csv.gz", gzip(content));

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("1", "K\u00f6ln"), List.of("2", "Paris"));
    }

    @Test
    void gzipContentIsRecognisedByItsMagicBytesWhateverTheName() {
        Path file = writeBytes(dir, "cities.csv", gzip("id\n1\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("1"));
    }

    @Test
    void concatenatedGzipMembersAreReadAsOneFile() {
        byte[] content = Fixtures.concat(gzip("id\n1\n".getBytes(StandardCharsets.UTF_8)),
                gzip("2\n".getBytes(StandardCharsets.UTF_8)));
        Path file = writeBytes(dir, "ids.csv.gz", content);

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void theObserverIsToldOfEachOpenAndEachScan() {
        Path customers = write(dir, "customers.csv", "id\n1\n");
        Path predictions = write(dir, "preds.jsonl", "{\"id\": 1}\n");
        ReadCounter reads = new ReadCounter();

        RowSource source = Artifacts.open(customers, ArtifactFormat.DEFAULT, reads);
        Artifacts.open(predictions, ArtifactFormat.DEFAULT, reads).scan(row -> { });
        assertThat(reads.opens(customers)).isEqualTo(1);
        assertThat(reads.scans(customers)).isZero();

        source.scan(row -> { });
        source.scan(row -> { });

        assertThat(reads.scans(customers)).isEqualTo(2);
        assertThat(reads.scans(dir.resolve("x/../customers.csv"))).isEqualTo(2);
        assertThat(reads.opens(predictions)).isEqualTo(1);
        assertThat(reads.scans(predictions)).isEqualTo(1);
        assertThat(reads.totalScans()).isEqualTo(3);
    }

    @Test
    void aFileThatCannotBeOpenedIsNotReportedAsOpened() {
        ReadCounter reads = new ReadCounter();
        Path file = write(dir, "empty.csv", "");

        assertThatThrownBy(() -> Artifacts.open(file, ArtifactFormat.DEFAULT, reads))
                .isInstanceOf(ArtifactException.class);
        assertThat(reads.opens(file)).isZero();
    }

    @Test
    void aFormatRefusesADelimiterEqualToTheQuoteOrALineBreak() {
        assertThatThrownBy(() -> ArtifactFormat.DEFAULT.withDelimiter('"'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the delimiter and the quote must differ, both are '\"'");
        assertThatThrownBy(() -> ArtifactFormat.DEFAULT.withQuote('\n'))
                .hasMessage("the quote must not be a line break");
    }

    @Test
    void theDefaultFormatIsDocumented() {
        assertThat(ArtifactFormat.DEFAULT.delimiter()).isEqualTo(',');
        assertThat(ArtifactFormat.DEFAULT.quote()).isEqualTo('"');
        assertThat(ArtifactFormat.DEFAULT.nullTokens()).containsExactlyInAnyOrder("", "NA", "N/A", "null", "NULL");
        assertThat(ArtifactFormat.DEFAULT.charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
