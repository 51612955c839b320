package dev.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written while it is scanned: the rows seen and the digest belong to neither version, so the scan
 * fails naming the file and what changed. The files are far larger than the reader's 64 KiB buffer, so
 * most of each is read after the change.
 */
class ChangedDuringScanTest {

    @TempDir
    Path dir;

    private Path bigCsv(String name, int rows) throws IOException {
        StringBuilder text = new StringBuilder("id,x\n");
        for (int i = 0; i < rows; i++) {
            text.append(i).append(",value-").append(i).append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void rewritten_in_place_fails_the_scan_naming_the_file() throws IOException {
        Path file = bigCsv("data.csv", 100_000);
        boolean[] rewritten = {false};

        assertThatThrownBy(() -> Artifacts.open(file).scan(row -> {
            if (!rewritten[0]) {
                rewritten[0] = true;
                write(file, "id,x\n1,new\n");
            }
        })).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("data.csv")
                .hasMessageContaining("changed while it was being read (its size went from")
                .hasMessageContaining("its rows and SHA-256 would belong to neither version");
    }

    @Test
    void appended_to_fails_the_scan() throws IOException {
        Path file = bigCsv("growing.csv", 100_000);
        boolean[] appended = {false};

        assertThatThrownBy(() -> Artifacts.open(file).scan(row -> {
            if (!appended[0]) {
                appended[0] = true;
                append(file, "100000,value-100000\n");
            }
        })).isInstanceOf(ArtifactException.class).hasMessageContaining("changed while it was being read");
    }

    @Test
    void replaced_by_another_file_fails_the_scan() throws IOException {
        Path file = bigCsv("swapped.csv", 100_000);
        Path other = bigCsv("other.csv", 100_000);
        boolean[] swapped = {false};

        assertThatThrownBy(() -> Artifacts.open(file).scan(row -> {
            if (!swapped[0]) {
                swapped[0] = true;
                move(other, file);
            }
        })).isInstanceOf(ArtifactException.class).hasMessageContaining("it was replaced by another file");
    }

    @Test
    void an_unchanged_file_scans_as_before() throws IOException {
        Path file = bigCsv("steady.csv", 100_000);

        assertThat(Artifacts.open(file).scan(row -> { }).rows()).isEqualTo(100_000);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
