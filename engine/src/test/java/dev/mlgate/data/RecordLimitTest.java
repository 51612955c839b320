package dev.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.engine.Constants;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longest CSV record is the stated limit: records up to it are read, a longer one fails naming its
 * line, the limit and the key that raises it. The window used to give up at half of the limit.
 */
class RecordLimitTest {

    @TempDir
    Path dir;

    private Path withValueOf(int length) throws IOException {
        Path file = dir.resolve("long-" + length + ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("id,note\n1,\"");
            for (int i = 0; i < length; i++) {
                out.write('x');
            }
            out.write("\"\n2,short\n");
        }
        return file;
    }

    private static int longestValue(RowSource source) {
        AtomicInteger longest = new AtomicInteger();
        source.scan(row -> longest.accumulateAndGet(row.raw(1).length(), Math::max));
        return longest.get();
    }

    @Test
    void a_record_of_twelve_mebi_characters_reads_under_the_default_limit_of_sixteen() throws IOException {
        int length = 12 * 1024 * 1024;

        assertThat(longestValue(Artifacts.open(withValueOf(length)))).isEqualTo(length);
    }

    @Test
    void a_record_just_under_a_configured_limit_reads_and_one_over_it_names_line_limit_and_key() throws IOException {
        ArtifactFormat format = ArtifactFormat.DEFAULT.withMaxRecordChars(4096);

        assertThat(longestValue(Artifacts.open(withValueOf(4000), format))).isEqualTo(4000);
        Path tooLong = withValueOf(5000);
        assertThatThrownBy(() -> longestValue(Artifacts.open(tooLong, format)))
                .isInstanceOf(ArtifactException.class)
                .hasMessageContaining("the record starting on line 2 reaches the limit of 4,096 characters; most likely a"
                        + " quote is never closed (if the record is real, raise " + Constants.CSV_MAX_RECORD_CHARS + ")");
    }

    @Test
    void the_limit_has_a_range() {
        assertThatThrownBy(() -> ArtifactFormat.DEFAULT.withMaxRecordChars(100))
                .hasMessage("the longest record must be from 1024 to 1073741824 characters, not 100");
    }
}
