package dev.mlgate.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV row's fields read in place ({@link CharRow}) are its strings ({@code raw}), null tokens included,
 * across many refills of the character window: multi-byte UTF-8 split at every buffer boundary, a
 * byte-order mark, quoted fields with delimiters, doubled quotes and line breaks.
 */
class CharRowTest {

    private static final String[] PIECES = {"Zürich", "東京", "😀", "NA", "", "null", "a,b", "say \"hi\"", "two\nlines",
        "42", "-0.5", "2024-02-29", "N/A", "Łódź", "x"};

    @TempDir
    Path dir;

    @Test
    void fields_in_place_equal_the_strings_of_every_row() throws IOException {
        Random random = new Random(3L);
        List<List<String>> written = new ArrayList<>();
        StringBuilder text = new StringBuilder("a,b,c\n");
        for (int row = 0; row < 20_000; row++) {
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                String field = PIECES[random.nextInt(PIECES.length)].repeat(1 + random.nextInt(3));
                fields.add(field);
                boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || random.nextInt(9) == 0;
                text.append(c == 0 ? "" : ",").append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            written.add(fields);
            text.append(row % 5 == 0 ? "\r\n" : "\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("text.csv"), bytes.toByteArray());
        RowSource source = Artifacts.open(file);
        assertThat(source.header()).containsExactly("a", "b", "c");

        List<String> mismatches = new ArrayList<>();
        int[] rows = {0};
        source.scan(row -> {
            CharRow chars = (CharRow) row;
            List<String> expected = written.get(rows[0]++);
            for (int c = 0; c < 3; c++) {
                String raw = row.raw(c);
                int length = chars.length(c);
                String inPlace = length < 0 ? null : new String(chars.chars(), chars.start(c), length);
                boolean nullToken = List.of("", "NA", "N/A", "null").contains(expected.get(c));
                if (raw == null ? !nullToken || inPlace != null : !raw.equals(inPlace) || !raw.equals(expected.get(c))) {
                    mismatches.add(row.rowNumber() + ":" + c + " " + raw + " / " + inPlace);
                }
            }
        });
        assertThat(rows[0]).isEqualTo(written.size());
        assertThat(mismatches).isEmpty();
    }
}
