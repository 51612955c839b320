package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaces_the_previous_content() throws IOException {
        Path target = dir.resolve("report.json");
        AtomicFiles.ON_DISK.write(target, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.ON_DISK.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly("report.json");
    }

    @Test
    void a_write_that_fails_after_the_temporary_file_exists_leaves_the_previous_report() throws IOException {
        Path target = dir.resolve("report.json");
        AtomicFiles.ON_DISK.write(target, "previous report".getBytes(StandardCharsets.UTF_8));
        Path[] temporary = new Path[1];

        assertThatThrownBy(() -> AtomicFiles.ON_DISK.write(target, out -> {
            out.write("half of a new rep".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try (Stream<Path> listing = Files.list(dir)) {
                temporary[0] = listing.filter(file -> file.getFileName().toString().endsWith(".tmp"))
                        .findFirst().orElseThrow();
            }
            assertThat(temporary[0]).hasContent("half of a new rep");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("previous report");
        assertThat(temporary[0]).doesNotExist();
        assertThat(files()).containsExactly("report.json");
    }

    @Test
    void a_write_that_fails_leaves_no_report_where_there_was_none() {
        Path target = dir.resolve("report.json");

        assertThatThrownBy(() -> AtomicFiles.ON_DISK.write(target, out -> {
            out.write('{');
            throw new IOException("crash");
        })).hasMessage("crash");

        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void a_move_that_fails_removes_the_temporary_file() throws IOException {
        Path target = dir.resolve("summary.md");
        Files.createDirectories(target.resolve("occupied"));

        assertThatThrownBy(() -> AtomicFiles.ON_DISK.write(target, "text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);

        assertThat(files()).containsExactly("summary.md");
        assertThat(target).isDirectory();
    }

    private java.util.List<String> files() {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_file_gets_the_permissions_of_any_new_file_not_a_temporary_file_s_owner_only_ones() throws IOException {
        Path target = dir.resolve("report.json");
        Path ordinary = Files.writeString(dir.resolve("ordinary"), "x");

        AtomicFiles.ON_DISK.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void a_temporary_file_a_killed_writer_left_is_removed_and_a_live_writer_s_is_kept() throws Exception {
        Path abandoned = Files.writeString(dir.resolve(".report.json.pid2147483646.0b5c-41.tmp"), "half");
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Path writing = Files.writeString(dir.resolve(".report.html.pid" + live.pid() + ".9d1e-07.tmp"), "half");

            AtomicFiles.ON_DISK.write(dir.resolve("report.json"), "new".getBytes(StandardCharsets.UTF_8));

            assertThat(abandoned).doesNotExist();
            assertThat(writing).exists();
        } finally {
            live.destroy();
        }
    }
}
