package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a file whose first block is not text before it is parsed: a binary file read as CSV gives a
 * "header" of thousands of NUL and control characters. Known formats are named (Parquet, zip) so the
 * message says what the file is; otherwise a first block of which at least a tenth is NUL bytes marks it
 * binary (a single NUL inside a text value is data, which the contract checks).
 */
final class BinaryContent {

    /** The bytes looked at: one block, enough for any header a text file starts with. */
    static final int BLOCK = 8192;

    private BinaryContent() {
    }

    /**
     * Throws an {@link ArtifactException} naming the file when the first block of {@code bytes} looks
     * binary; {@code bytes} supports mark and is left at its start.
     */
    static void requireText(Path file, InputStream bytes, Charset charset) throws IOException {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return; // NUL bytes are ordinary in these encodings
        }
        bytes.mark(BLOCK);
        byte[] head = bytes.readNBytes(BLOCK);
        bytes.reset();
        describe(head).ifPresent(what -> {
            throw ArtifactException.of(file, "looks binary, not text: " + what + "; mlgate reads CSV (optionally"
                    + " gzip-compressed) and JSON Lines");
        });
    }

    /** What a binary head looks like, or empty when it may be text. */
    static Optional<String> describe(byte[] head) {
        if (startsWith(head, "PAR1")) {
            return Optional.of("it starts with PAR1, as a Parquet file does");
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            return Optional.of("it starts with PK, as a zip archive (or .xlsx workbook) does");
        }
        int nuls = 0;
        for (byte b : head) {
            nuls += b == 0 ? 1 : 0;
        }
        // a stray NUL inside a text value is data to validate; a binary file is full of them
        if (nuls > 0 && nuls * 10L >= head.length) {
            return Optional.of(String.format(Locale.ROOT, "%,d of its first %,d bytes are NUL (0x00)", nuls,
                    head.length));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
