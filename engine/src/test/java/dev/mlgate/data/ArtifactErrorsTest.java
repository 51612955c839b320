package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.concat;
import static dev.mlgate.data.Fixtures.gzip;
import static dev.mlgate.data.Fixtures.rows;
import static dev.mlgate.data.Fixtures.write;
import static dev.mlgate.data.Fixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is normal input: each case names the file, and the line, row and column where known. */
class ArtifactErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamedWithTheAbsolutePathThatWasTried() {
        Path file = dir.resolve("customers.csv");

        assertThatThrownBy(() -> Artifacts.open(file))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": no such file (looked for " + file.toAbsolutePath() + ")");
    }

    @Test
    void aDirectoryIsNotAFile() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("data.csv"));

        assertThatThrownBy(() -> Artifacts.open(directory))
                .hasMessage(directory + ": is a directory, not a file");
    }

    @Test
    void aNamedPipeIsRefusedBeforeOpeningWhichWouldBlockForever() throws Exception {
        Path fifo = dir.resolve("scores.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> Artifacts.open(fifo))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(fifo + ": is a named pipe (FIFO), which would block until a writer opens it, not a regular"
                        + " file; mlgate reads data only from regular files"));
    }

    @Test
    void aCharacterDeviceIsRefused() {
        Path device = Path.of("/dev/null");

        assertThatThrownBy(() -> Artifacts.open(device))
                .hasMessage("/dev/null: is a character device, not a regular file; mlgate reads data only from"
                        + " regular files");
    }

    @Test
    void aBinaryFileIsNamedAsBinaryInsteadOfQuotingItsBytes() {
        byte[] bytes = new byte[8274];
        Arrays.fill(bytes, (byte) 0);
        System.arraycopy("id,x".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        Path file = writeBytes(dir, "scores.csv", bytes);

        assertThatThrownBy(() -> Artifacts.open(file))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": looks binary, not text: 8,188 of its first 8,192 bytes are NUL (0x00); mlgate"
                        + " reads CSV (optionally gzip-compressed) and JSON Lines");
    }

    @Test
    void aParquetFileOrAZipArchiveIsNamedAsSuch() {
        Path parquet = writeBytes(dir, "scores.csv",
                concat("PAR1".getBytes(StandardCharsets.US_ASCII), new byte[] {21, 0, 21}));
        Path zip = writeBytes(dir, "scores.tsv", new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0});

        assertThatThrownBy(() -> Artifacts.open(parquet))
                .hasMessage(parquet + ": is a Parquet file (it starts with PAR1); reading Parquet needs the"
                        + " mlgate-parquet module: add dev.mlgate:mlgate-parquet as a test dependency");
        assertThatThrownBy(() -> Artifacts.open(zip))
                .hasMessage(zip + ": looks binary, not text: it starts with PK, as a zip archive (or .xlsx workbook)"
                        + " does; mlgate reads CSV (optionally gzip-compressed) and JSON Lines");
    }

    @Test
    void aGzipFileHoldingBinaryDataIsNamedAsBinary() {
        Path file = writeBytes(dir, "scores.csv.gz", gzip(new byte[] {'i', 'd', 0, 0}));

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessageContaining(": looks binary, not text: 2 of its first 4 bytes are NUL (0x00)");
    }

    @Test
    void aStrayNulInsideATextValueIsDataNotABinaryFile() {
        Path file = write(dir, "codes.csv", "id,code\n1,nul\u0000byte\n2,plain\n3,text\n");

        assertThat(rows(Artifacts.open(file))).hasSize(3).first().isEqualTo(Arrays.asList("1", "nul\u0000byte"));
    }

    @Test
    void anEmptyFileHasNoHeader() {
        Path file = write(dir, "empty.csv", "");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ": the file is empty: there is no header line");
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() {
        Path file = write(dir, "blank.csv", "\n\r\n\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ": the file is empty: there is no header line");
    }

    @Test
    void aDuplicateColumnNameIsReportedWithBothPositions() {
        Path file = write(dir, "customers.csv", "id,age,name,age\n1,2,x,3\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ", line 1, column 'age': the header names this column twice (columns 2 and 4)")
                .asInstanceOf(InstanceOfAssertFactories.throwable(ArtifactException.class))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1L);
                    assertThat(e.row()).isNull();
                    assertThat(e.column()).isEqualTo("age");
                });
    }

    @Test
    void aBlankColumnNameIsReportedByPosition() {
        Path file = write(dir, "customers.csv", "\n\nid, ,age\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ", line 3: the header's column 2 of 3 has no name");
    }

    @Test
    void aRaggedRowNamesItsLineRowAndFieldCounts() {
        Path file = write(dir, "customers.csv", "id,age,name\n1,34,Ann\n2,\"multi\nline\",Bob\n3,51\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 5 (row 3): expected 3 fields as in the header, found 2");
    }

    @Test
    void aRowWithTooManyFieldsIsRagged() {
        Path file = write(dir, "customers.csv", "id,age\n1,34\n2,51,extra\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 3 (row 2): expected 2 fields as in the header, found 3");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineWhereItOpensAndItsColumn() {
        Path file = write(dir, "notes.csv", "id,note\n1,ok\n2,\"never closed\n3,more\n4,end\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 3 (row 2), column 'note': unterminated quote: the quoted field opened"
                        + " on this line is still open at the end of the file");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        Path file = write(dir, "notes.csv", "id,note,n\n1,\"a\"b,2\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 2 (row 1), column 'note': unexpected character 'b' after the closing"
                        + " quote of a quoted field (write a quote inside a quoted field as two quotes)");
    }

    @Test
    void aValueOfTheWrongTypeNamesFileLineRowColumnAndTheValue() {
        Path file = write(dir, "customers.csv", "id,age\n1,34\n2,abc\n");

        assertThatThrownBy(() -> Artifacts.open(file).scan(row -> row.asLong(1)))
                .hasMessage(file + ", line 3 (row 2), column 'age': cannot read 'abc' as an integer");
    }

    @Test
    void aMissingValueWhereANumberIsRequiredSaysSo() {
        Path file = write(dir, "scores.csv", "id,score\n1,NA\n");

        assertThatThrownBy(() -> Artifacts.open(file).scan(row -> row.asDouble(1)))
                .hasMessage(file + ", line 2 (row 1), column 'score': missing value where a decimal number is"
                        + " required");
    }

    @Test
    void invalidUtf8NamesTheLineAndTheBytes() {
        byte[] bytes = concat("id,name\n1,ok\n2,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
                "\n".getBytes(StandardCharsets.UTF_8));
        Path file = writeBytes(dir, "names.csv", bytes);

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 3 (row 2), column 'name': invalid UTF-8 byte sequence 0xC3 (is the file"
                        + " really UTF-8? set the charset of the format)");
    }

    @Test
    void invalidUtf8FarIntoALargeFileIsOnItsExactLine() {
        StringBuilder content = new StringBuilder("id,name\n");
        for (int i = 1; i <= 20_000; i++) {
            content.append(i).append(",name ").append(i).append('\n');
        }
        byte[] bytes = concat(content.toString().getBytes(StandardCharsets.UTF_8), new byte[] {'x', (byte) 0xFF});
        Path file = writeBytes(dir, "names.csv", bytes);

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessageStartingWith(file + ", line 20002 (row 20001), column 'id': invalid UTF-8 byte sequence 0xFF");
    }

    @Test
    void invalidUtf8InTheHeaderNamesLineOne() {
        Path file = writeBytes(dir, "names.csv", new byte[] {'i', 'd', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessageStartingWith(file + ", line 1: invalid UTF-8 byte sequence 0xE9");
    }

    @Test
    void aGzNameWithoutGzipContentIsAnError() {
        Path file = write(dir, "customers.csv.gz", "id,age\n1,2\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ": is not a gzip file: its name ends in .gz but it does not start with the gzip"
                        + " magic bytes 0x1F 0x8B");
    }

    @Test
    void aTruncatedGzipFileNamesTheLineWhereTheDataEnds() {
        StringBuilder content = new StringBuilder("id,age\n");
        for (int i = 1; i <= 100_000; i++) {
            content.append(i).append(',').append(i % 90).append('\n');
        }
        byte[] compressed = gzip(content.toString().getBytes(StandardCharsets.UTF_8));
        Path file = writeBytes(dir, "customers.csv.gz", Arrays.copyOf(compressed, compressed.length / 2));

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .isInstanceOf(ArtifactException.class)
                .hasMessageMatching("\\Q" + file + "\\E, line \\d+ \\(row \\d+\\): the gzip"
                        + " data is truncated: the file ends inside the compressed stream");
    }

    @Test
    void aParquetFileOrPartFileDirectoryIsRefusedWithTheModuleToAdd() throws IOException {
        Path file = write(dir, "customers.parquet", "PAR1");
        Path parts = Files.createDirectory(dir.resolve("events"));
        write(parts, "part-00000.parquet", "PAR1");

        String advice = "reading Parquet needs the mlgate-parquet module: add dev.mlgate:mlgate-parquet as a test"
                + " dependency";
        assertThatThrownBy(() -> Artifacts.open(file)).hasMessage(file + ": is Parquet; " + advice);
        assertThatThrownBy(() -> Artifacts.open(parts)).hasMessage(parts + ": is Parquet; " + advice);
    }

    @Test
    void aHeaderThatChangesBetweenOpenAndScanIsAnError() {
        Path file = write(dir, "customers.csv", "id,age\n1,2\n");
        RowSource source = Artifacts.open(file);
        write(dir, "customers.csv", "id,years\n1,2\n");

        assertThatThrownBy(() -> rows(source))
                .hasMessage(file + ", line 1: the header changed since the file was opened");
    }
}
