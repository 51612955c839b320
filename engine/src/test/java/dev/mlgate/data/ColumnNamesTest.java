package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header names that look like the declared one are shown escaped, with what differs. */
class ColumnNamesTest {

    @TempDir
    Path dir;

    @Test
    void aLeadingSpaceIsQuotedAndNamed() {
        Path file = write(dir, "people.csv", "id, age\n1,2\n");

        assertThatThrownBy(() -> Artifacts.open(file).columnIndex("age"))
                .hasMessage(file + ": no column 'age'; the header has ' age', which has a leading space; the columns"
                        + " are: id, ' age'");
    }

    @Test
    void aZeroWidthSpaceIsEscapedAndNamed() {
        Path file = write(dir, "people.csv", "id,a\u200Bge\n1,2\n");

        assertThatThrownBy(() -> Artifacts.open(file).columnIndex("age"))
                .hasMessage(file + ": no column 'age'; the header has 'a\\u200Bge', which contains U+200B ZERO WIDTH"
                        + " SPACE; the columns are: id, 'a\\u200Bge'");
    }

    @Test
    void anotherUnicodeNormalisationIsNamed() {
        Path file = write(dir, "places.csv", "id,cafe\u0301\n1,2\n");

        assertThatThrownBy(() -> Artifacts.open(file).columnIndex("caf\u00E9"))
                .hasMessage(file + ": no column 'caf\u00E9'; the header has 'cafe\\u0301', which differs from the"
                        + " declared name only in Unicode normalisation (NFD vs NFC); the columns are: id,"
                        + " 'cafe\\u0301'");
    }

    @Test
    void plainNamesStayPlain() {
        Path file = write(dir, "people.csv", "id,name\n1,2\n");

        assertThatThrownBy(() -> Artifacts.open(file).columnIndex("age"))
                .hasMessage(file + ": no column 'age'; the columns are: id, name");
    }
}
