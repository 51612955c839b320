package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.positions;
import static dev.mlgate.data.Fixtures.rows;
import static dev.mlgate.data.Fixtures.write;
import static dev.mlgate.data.Fixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsTheHeaderWhenOpenedAndEveryRowWhenScanned() {
        RowSource source = Artifacts.open(write(dir, "customers.csv", "id,age\n1,34\n2,51\n"));

        assertThat(source.header()).containsExactly("id", "age");
        assertThat(rows(source)).containsExactly(List.of("1", "34"), List.of("2", "51"));
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() {
        Path file = write(dir, "notes.csv", "id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n");

        assertThat(rows(Artifacts.open(file))).containsExactly(
                List.of("1", "a, b"), List.of("2", "say \"hi\""), List.of("3", "two\nlines"));
    }

    @Test
    void lineNumbersCountThePhysicalLinesOfMultiLineFields() {
        Path file = write(dir, "notes.csv", "id,note\n1,\"one\ntwo\r\nthree\"\n2,x\r\n3,y\n");

        assertThat(positions(Artifacts.open(file))).containsExactly("1:2", "2:5", "3:6");
    }

    @Test
    void emptyLinesAreSkippedButCountedAsLines() {
        Path file = write(dir, "gaps.csv", "a,b\n\n1,2\r\n\r\n3,4\n\n");

        assertThat(positions(Artifacts.open(file))).containsExactly("1:3", "2:5");
    }

    @Test
    void aLastLineWithoutLineBreakIsARowAndATrailingDelimiterAnEmptyField() {
        Path file = write(dir, "tail.csv", "a,b\n1,");

        assertThat(rows(Artifacts.open(file))).containsExactly(Arrays.asList("1", null));
    }

    @Test
    void aHeaderWithoutRowsIsADatasetOfNoRows() {
        RowSource source = Artifacts.open(write(dir, "empty-data.csv", "id,age\n"));

        assertThat(source.header()).containsExactly("id", "age");
        assertThat(rows(source)).isEmpty();
    }

    @Test
    void defaultNullTokensAreMissingValuesQuotedOrNot() {
        Path file = write(dir, "nulls.csv", "a,b,c,d,e,f,g\n,NA,N/A,null,NULL,\"NA\",na\n");

        assertThat(rows(Artifacts.open(file)))
                .containsExactly(Arrays.asList(null, null, null, null, null, null, "na"));
    }

    @Test
    void isNullAgreesWithRawForEveryField() {
        Path file = write(dir, "nulls.csv", "a,b,c\nNA,x,\n");
        List<Boolean> nulls = new ArrayList<>();

        Artifacts.open(file).scan(row -> {
            for (int i = 0; i < row.size(); i++) {
                nulls.add(row.isNull(i));
            }
        });

        assertThat(nulls).containsExactly(true, false, true);
    }

    @Test
    void aCustomDelimiterQuoteAndNullTokensAreHonoured() {
        Path file = write(dir, "european.csv", "name;score\n'Müller; Hans';-\nLee;''\n");
        ArtifactFormat format = ArtifactFormat.DEFAULT.withDelimiter(';').withQuote('\'').withNullTokens(Set.of("-"));

        assertThat(rows(Artifacts.open(file, format)))
                .containsExactly(Arrays.asList("Müller; Hans", null), List.of("Lee", ""));
    }

    @Test
    void aTsvFileIsTabSeparated() {
        Path file = write(dir, "scores.tsv", "id\tscore\n1\t0.5,0.6\n");

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("1", "0.5,0.6"));
    }

    @Test
    void anIso88591FileIsDecodedWithTheDeclaredCharset() {
        byte[] bytes = "city\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = writeBytes(dir, "cities.csv", bytes);

        RowSource source = Artifacts.open(file, ArtifactFormat.DEFAULT.withCharset(StandardCharsets.ISO_8859_1));

        assertThat(rows(source)).containsExactly(List.of("K\u00f6ln"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        Path file = write(dir, "excel.csv", "\uFEFFid,name\n1,x\n");

        assertThat(Artifacts.open(file).header()).containsExactly("id", "name");
    }

    @Test
    void recordsLongerThanTheReadBufferAreReadWhole() {
        String longText = "x".repeat(200_000);
        StringBuilder content = new StringBuilder("id,text\n");
        for (int i = 1; i <= 3; i++) {
            content.append(i).append(",\"").append(longText).append("\n\"\"").append(i).append("\"\n");
        }
        List<List<String>> rows = rows(Artifacts.open(write(dir, "long.csv", content.toString())));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly("3", longText + "\n\"3");
        assertThat(positions(Artifacts.open(dir.resolve("long.csv")))).containsExactly("1:2", "2:4", "3:6");
    }

    @Test
    void manyRowsAcrossBufferBoundariesKeepTheirNumbers() {
        StringBuilder content = new StringBuilder("n,text\n");
        for (int i = 1; i <= 50_000; i++) {
            content.append(i).append(",\"line ").append(i).append("\r\nnext\"\r\n");
        }
        List<String> mismatches = new ArrayList<>();
        Artifacts.open(write(dir, "many.csv", content.toString())).scan(row -> {
            long n = row.asLong(0);
            if (n != row.rowNumber() || row.lineNumber() != 2 * n || !row.raw(1).equals("line " + n + "\r\nnext")) {
                mismatches.add(n + ":" + row.rowNumber() + ":" + row.lineNumber());
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void columnIndexFindsAColumnOrListsTheColumnsThatExist() {
        Path file = write(dir, "preds.csv", "id,label,score\n");
        RowSource source = Artifacts.open(file);

        assertThat(source.columnIndex("score")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.columnIndex("p_churn"))
                .hasMessage(file + ": no column 'p_churn'; the columns are: id, label, score");
    }
}
