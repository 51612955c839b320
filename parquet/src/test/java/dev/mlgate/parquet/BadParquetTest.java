package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Artifacts;
import dev.mlgate.data.ColumnRequest;
import dev.mlgate.data.Columns;
import dev.mlgate.parquet.fixtures.ChurnBaseline;
import dev.mlgate.parquet.fixtures.ChurnQuality;
import dev.mlgate.parquet.fixtures.MissingColumn;
import dev.mlgate.parquet.fixtures.TypedCustomers;
import dev.mlgate.parquet.fixtures.WrongTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a Parquet artifact can be bad has its own error naming the file, and other suites still run. */
class BadParquetTest {

    @TempDir
    Path dir;

    private Path customers(String name) {
        return Datasets.customers(500, 3).parquet(dir.resolve(name));
    }

    @Test
    void aTruncatedFileIsNamedAsTruncated() throws IOException {
        Path file = customers("customers.parquet");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Artifacts.open(file)).isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": is truncated: it does not end with the magic bytes PAR1, as a complete Parquet"
                        + " file does (a file cut short, or still being written)");
    }

    @Test
    void aCorruptFooterIsNamedAsSuch() throws IOException {
        Path file = customers("customers.parquet");
        Corruption.overwriteFooter(file);

        assertThatThrownBy(() -> Artifacts.open(file)).isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith(file + ": has a corrupt footer: its metadata cannot be decoded (");
    }

    @Test
    void aFooterLengthBeyondTheFileIsACorruptFooter() throws IOException {
        Path file = customers("customers.parquet");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] = 0x7F; // the length field's high byte
        Files.write(file, bytes);

        assertThatThrownBy(() -> Artifacts.open(file)).isInstanceOf(ArtifactException.class)
                .hasMessageMatching("\\Q" + file + ": has a corrupt footer: its length field says \\E\\d+ bytes, but"
                        + " the file holds \\d+ bytes between its magic bytes");
    }

    @Test
    void aCsvFileNamedParquetIsNotAParquetFile() throws IOException {
        Path file = Files.writeString(dir.resolve("customers.parquet"), "id,age\n1,30\n");

        assertThatThrownBy(() -> Artifacts.open(file)).isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": is not a Parquet file: it does not start with the magic bytes PAR1");
    }

    @Test
    void anEmptyDirectoryHasNoPartFiles() throws IOException {
        Path table = Files.createDirectory(dir.resolve("customers"));
        Files.writeString(table.resolve(".hidden"), "");

        assertThatThrownBy(() -> Artifacts.open(table)).isInstanceOf(ArtifactException.class)
                .hasMessage(table + ": is a directory without Parquet part files (*.parquet)");
    }

    @Test
    void aBrokenPartFileIsNamedWhenTheDatasetIsOpened() throws IOException {
        Path table = Files.createDirectory(dir.resolve("customers"));
        Datasets.customers(100, 1).parquet(table.resolve("part-00000.parquet"));
        Path broken = Files.write(table.resolve("part-00001.parquet"), "PAR1 and nothing else".getBytes());

        assertThatThrownBy(() -> Artifacts.open(table)).isInstanceOf(ArtifactException.class)
                .hasMessage(broken + ": is truncated: it does not end with the magic bytes PAR1, as a complete"
                        + " Parquet file does (a file cut short, or still being written)");
    }

    @Test
    void partFilesWithOtherColumnsAreNamed() throws IOException {
        Path table = Files.createDirectory(dir.resolve("customers"));
        Datasets.customers(100, 1).parquet(table.resolve("part-00000.parquet"));
        Path other = Datasets.predictions(100, 1, 0.1).parquet(table.resolve("part-00001.parquet"));

        assertThatThrownBy(() -> Artifacts.open(table)).isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith(other + ": has other columns than part-00000.parquet, the first part file of"
                        + " the dataset: [id INT64, churned INT32,");
    }

    @Test
    void aMissingColumnListsTheColumnsThatExist() {
        Path file = customers("customers.parquet");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("income"))))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": no column 'income'; the columns are: id, age, score, country, signup, seen, local,"
                        + " active, amount, ratio");
    }

    @Test
    void aTextColumnReadAsANumberNamesTheRowAndTheValue() {
        Path file = customers("customers.parquet");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("country").allowingMissing())))
                .isInstanceOf(ArtifactException.class)
                .hasMessageMatching("\\Q" + file + ", row 2, column 'country': cannot read '\\E(DE|FR|US|IT)' as a decimal"
                        + " number");
    }

    @Test
    void wrongTypesFailTheirSuiteBeforeTheScanAndTheOtherSuitesStillRun() {
        Path data = customers("customers.parquet");
        Datasets.customers(500, 4).parquet(dir.resolve("reference.parquet"));
        Datasets.predictions(400, 5, 0.2).parquet(dir.resolve("predictions.parquet"));

        Map<String, String> outcomes = SuitesOverParquetTest.outcomes(SuitesOverParquetTest.run(dir,
                Map.of("data", "customers.parquet", "reference", "reference.parquet", "predictions",
                        "predictions.parquet"), WrongTypes.class, MissingColumn.class, TypedCustomers.class,
                ChurnQuality.class));

        assertThat(outcomes.get(suite(WrongTypes.class))).startsWith("FAILED WrongTypes (data contract) could not be"
                + " evaluated: " + data.toString().replace(".parquet", ".FILE") + ", column 'country': is Parquet"
                + " BINARY (STRING), which cannot be read as Integer; declare it as String");
        assertThat(outcomes.get(suite(MissingColumn.class) + "/[constraint:schema]"))
                .startsWith("FAILED customers.FILE does not match the schema: missing income; customers.FILE has the columns id,"
                        + " age, score, country, signup, seen, local, active, amount, ratio");
        assertThat(outcomes.get(suite(TypedCustomers.class))).startsWith("SUCCESSFUL");
        assertThat(outcomes.get(suite(ChurnQuality.class) + "/[gate:logLoss]")).startsWith("SUCCESSFUL");
    }

    @Test
    void brokenArtifactsFailOnlyTheirOwnSuitesInOneRun() throws IOException {
        Path data = customers("customers.parquet");
        byte[] bytes = Files.readAllBytes(data);
        Files.write(data, Arrays.copyOf(bytes, bytes.length - 3));
        Datasets.predictions(400, 5, 0.2).parquet(dir.resolve("predictions.parquet"));
        Path empty = Files.createDirectory(dir.resolve("production"));

        Map<String, String> outcomes = SuitesOverParquetTest.outcomes(SuitesOverParquetTest.run(dir,
                Map.of("data", "customers.parquet", "reference", "customers.parquet", "predictions",
                        "predictions.parquet", "baseline", "production"), TypedCustomers.class, ChurnBaseline.class,
                ChurnQuality.class));

        assertThat(outcomes.get(suite(TypedCustomers.class))).startsWith("FAILED TypedCustomers (data contract) could"
                + " not be evaluated: " + neutral(data) + ": is truncated: it does not end with the magic bytes PAR1");
        assertThat(outcomes.get(suite(ChurnBaseline.class))).startsWith("FAILED ChurnBaseline (baseline comparison) could"
                + " not be evaluated: " + empty + ": is a directory without Parquet part"
                + " files (*.FILE)");
        assertThat(outcomes.get(suite(ChurnQuality.class) + "/[gate:logLoss]")).startsWith("SUCCESSFUL");
        assertThat(outcomes.get(suite(ChurnQuality.class) + "/[gate:rocAuc]")).startsWith("SUCCESSFUL");
    }

    private static String neutral(Path file) {
        return file.toString().replace(".parquet", ".FILE");
    }

    @Test
    void aTimestampDeclaredAsADateNamesBothTypes() {
        Path data = customers("customers.parquet");

        assertThatThrownBy(() -> Artifacts.open(data).requireTypes(Map.of("seen", java.time.LocalDate.class)))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(data + ", column 'seen': is Parquet INT64 (TIMESTAMP(MICROS,true)), which cannot be read as"
                        + " LocalDate; declare it as Instant");
    }

    @Test
    void aStrayFileOrAPartitionDirectoryInAPartDirectoryIsNamed() throws IOException {
        Path table = Files.createDirectory(dir.resolve("customers"));
        Datasets.customers(100, 1).parquet(table.resolve("part-00000.parquet"));
        Files.writeString(table.resolve("notes.txt"), "x");
        Path partitioned = Files.createDirectories(dir.resolve("events/country=DE"));
        Datasets.customers(10, 1).parquet(partitioned.resolve("part-00000.parquet"));

        assertThatThrownBy(() -> Artifacts.open(table))
                .hasMessage(table + ": holds 'notes.txt', which is not a Parquet part file (*.parquet)");
        assertThatThrownBy(() -> Artifacts.open(dir.resolve("events")))
                .hasMessageContaining("is a directory, not a file");
    }

    private static String suite(Class<?> type) {
        return "[engine:mlgate]/[suite:" + type.getName() + "]";
    }
}
