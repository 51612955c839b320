package dev.mlgate.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes fixture files and collects what a scan sees. */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) {
        return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    /** Every row's raw values, copied. */
    static List<List<String>> rows(RowSource source) {
        List<List<String>> rows = new ArrayList<>();
        source.scan(row -> {
            String[] values = new String[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.raw(i);
            }
            rows.add(Arrays.asList(values));
        });
        return rows;
    }

    /** Every row as "row:line". */
    static List<String> positions(RowSource source) {
        List<String> positions = new ArrayList<>();
        source.scan(row -> positions.add(row.rowNumber() + ":" + row.lineNumber()));
        return positions;
    }
}
