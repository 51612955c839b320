package dev.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanSummaryTest {

    private static final String CSV = "id,x\n1,a\n2,\"b\nc\"\n";

    @TempDir
    Path dir;

    @Test
    void a_scan_reports_its_rows_and_the_sha256_of_the_whole_file() {
        Path file = Fixtures.write(dir, "s.csv", CSV);

        ScanSummary summary = Artifacts.open(file).scan(row -> { });

        // sha256sum s.csv (GNU coreutils 9.1) on the same 17 bytes
        assertThat(summary.sha256()).isEqualTo("2b7901dce5d9a52c3922763735c77a0d641fd55e908bab9c87a5402dc64f7959");
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.bytes()).isEqualTo(17);
        assertThat(summary.file()).isEqualTo(file);
    }

    @Test
    void the_digest_of_a_gzip_file_covers_its_compressed_bytes_including_the_trailer() {
        // gzip -kn s.csv (gzip 1.12): the same CSV compressed without a name or time stamp
        byte[] gzip = HexFormat.of().parseHex("1f8b0800000000000003cb4cd1a9e032d449e432d2514ae24a56e202003180bcb41100"
                + "0000");
        Path file = Fixtures.writeBytes(dir, "s.csv.gz", gzip);

        ScanSummary summary = Artifacts.open(file).scan(row -> { });

        // sha256sum s.csv.gz
        assertThat(summary.sha256()).isEqualTo("49e804fdb2e11245d334b23e82c7fd2cf604cf0744767ed167de7843f2bc330a");
        assertThat(summary.bytes()).isEqualTo(gzip.length);
        assertThat(summary.rows()).isEqualTo(2);
    }

    @Test
    void json_lines_scans_report_their_digest_too() {
        Path file = Fixtures.write(dir, "s.jsonl", "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n");

        ScanSummary summary = Artifacts.open(file).scan(row -> { });

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.sha256()).hasSize(64).isEqualTo(sha256(file));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
