package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.gzip;
import static dev.mlgate.data.Fixtures.positions;
import static dev.mlgate.data.Fixtures.rows;
import static dev.mlgate.data.Fixtures.write;
import static dev.mlgate.data.Fixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void theKeysOfTheFirstObjectAreTheColumnsInOrder() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1, \"label\": \"yes\", \"score\": 0.25}\n");

        assertThat(Artifacts.open(file).header()).containsExactly("id", "label", "score");
    }

    @Test
    void scalarsBecomeTheirJsonTextAndNullOrAnAbsentKeyIsMissing() {
        Path file = write(dir, "preds.ndjson", """
                {"id": 1, "ok": true, "score": 1.50, "note": "a, \\"b\\""}
                {"score": -2e3, "id": 2, "ok": false, "note": null}
                {"id": 3}
                """);

        assertThat(rows(Artifacts.open(file))).containsExactly(
                List.of("1", "true", "1.50", "a, \"b\""),
                Arrays.asList("2", "false", "-2e3", null),
                Arrays.asList("3", null, null, null));
    }

    @Test
    void nullTokensDoNotApplyToJsonStrings() {
        Path file = write(dir, "preds.jsonl", "{\"label\": \"NA\", \"note\": \"\"}\n");

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("NA", ""));
    }

    @Test
    void nanAndInfinityAsPythonWritesThemReachTheChecks() {
        Path file = write(dir, "preds.jsonl", "{\"score\": NaN}\n{\"score\": -Infinity}\n");

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("NaN"), List.of("-Infinity"));
    }

    @Test
    void blankLinesAreSkippedAndRowsKeepTheirPhysicalLines() {
        Path file = write(dir, "preds.jsonl", "\n{\"a\": 1}\r\n\n  \n{\"a\": 2}\n");

        assertThat(positions(Artifacts.open(file))).containsExactly("1:2", "2:5");
    }

    @Test
    void aGzippedJsonLinesFileIsRead() {
        byte[] content = "{\"a\": 1}\n{\"a\": 2}\n".getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes(dir, "preds.jsonl.gz", gzip(content));

        assertThat(rows(Artifacts.open(file))).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void malformedJsonNamesTheLineRowAndCharacter() {
        Path file = write(dir, "preds.jsonl", "{\"a\": 1}\n\n{\"a\": 2,}\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith(file + ", line 3 (row 2): malformed JSON at character 9: Unexpected character"
                        + " ('}'");
    }

    @Test
    void anObjectCutShortIsMalformed() {
        Path file = write(dir, "preds.jsonl", "{\"a\": 1}\n{\"a\": 2\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessageStartingWith(file + ", line 2 (row 2): malformed JSON at character ");
    }

    @Test
    void aLineThatIsNotAnObjectIsAnError() {
        Path file = write(dir, "preds.jsonl", "{\"a\": 1}\n[1, 2]\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 2 (row 2): expected a JSON object, found an array");
    }

    @Test
    void aFirstLineThatIsNotAnObjectIsAnErrorWhenOpened() {
        Path file = write(dir, "preds.jsonl", "42\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ", line 1 (row 1): expected a JSON object, found a number");
    }

    @Test
    void twoObjectsOnOneLineAreAnError() {
        Path file = write(dir, "preds.jsonl", "{\"a\": 1} {\"a\": 2}\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 1 (row 1): more than one JSON value on the line: found an object after"
                        + " the object (JSON Lines holds one object per line)");
    }

    @Test
    void aNestedValueWhereAScalarIsExpectedNamesTheColumn() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1, \"tags\": \"x\"}\n{\"id\": 2, \"tags\": [\"x\"]}\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 2 (row 2), column 'tags': found an array where a single value (string,"
                        + " number, boolean or null) is expected");
    }

    @Test
    void aNestedObjectIsRejectedToo() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1, \"meta\": {\"k\": 1}}\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ", line 1 (row 1), column 'meta': found a nested object where a single value"
                        + " (string, number, boolean or null) is expected");
    }

    @Test
    void anUnknownKeyNamesTheLineAndTheKey() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1, \"score\": 0.5}\n{\"id\": 2, \"scroe\": 0.4}\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 2 (row 2), column 'scroe': this key is not in the first object, whose keys"
                        + " are the columns: id, score");
    }

    @Test
    void aKeyTwiceInOneObjectIsAnError() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1}\n{\"id\": 2, \"id\": 3}\n");

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessage(file + ", line 2 (row 2), column 'id': the object has this key twice");
    }

    @Test
    void anEmptyJsonLinesFileHasNoColumns() {
        Path file = write(dir, "preds.jsonl", "\n\n");

        assertThatThrownBy(() -> Artifacts.open(file))
                .hasMessage(file + ": the file is empty: there is no JSON object to take the columns from");
    }

    @Test
    void invalidUtf8InJsonLinesNamesTheLine() {
        byte[] bytes = Fixtures.concat("{\"a\": \"x\"}\n{\"a\": \"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = writeBytes(dir, "preds.jsonl", bytes);

        assertThatThrownBy(() -> rows(Artifacts.open(file)))
                .hasMessageStartingWith(file + ", line 2 (row 2): invalid UTF-8 byte sequence 0xC0");
    }
}
