package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.Compression;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an artifact as strictly decoded characters, decompressing gzip, and explains I/O failures in
 * words a user can act on.
 */
final class ArtifactInput {

    private static final int BUFFER = 64 * 1024;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private ArtifactInput() {
    }

    /** A window over the file's characters; the caller closes the returned reader. */
    static StrictReader open(Path file, Charset charset) {
        return open(file, charset, null);
    }

    /**
     * A window over the file's characters whose raw bytes also feed {@code digest}, when not null; the
     * caller closes the returned reader.
     */
    static StrictReader open(Path file, Charset charset, DigestingInput[] digest) {
        FileKinds.requireRegular(file);
        InputStream bytes = null;
        try {
            // Taken before opening, so that a file replaced in between is still told apart at the end.
            FileIdentity identity = digest != null ? FileIdentity.of(file) : null;
            InputStream raw = Files.newInputStream(file);
            if (digest != null) {
                digest[0] = new DigestingInput(raw, identity);
                raw = digest[0];
            }
            bytes = new BufferedInputStream(raw, BUFFER);
            boolean gzipMagic = startsWithGzipMagic(bytes);
            if (!gzipMagic && Compression.of(file) == Compression.GZIP) {
                throw ArtifactException.of(file, "is not a gzip file: its name ends in .gz but it does not"
                        + " start with the gzip magic bytes 0x1F 0x8B");
            }
            if (gzipMagic) {
                bytes = new BufferedInputStream(new GZIPInputStream(bytes, BUFFER), BUFFER);
            }
            BinaryContent.requireText(file, bytes, charset);
            return new StrictReader(bytes, charset);
        } catch (NoSuchFileException e) {
            throw ArtifactException.of(file, "no such file (looked for " + file.toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw ArtifactException.of(file, "permission denied");
        } catch (IOException e) {
            closeQuietly(bytes);
            throw ArtifactException.of(file, reason(e));
        } catch (RuntimeException e) {
            closeQuietly(bytes);
            throw e;
        }
    }

    private static boolean startsWithGzipMagic(InputStream bytes) throws IOException {
        bytes.mark(2);
        boolean magic = bytes.read() == GZIP_MAGIC_1 && bytes.read() == GZIP_MAGIC_2;
        bytes.reset();
        return magic;
    }

    /** A user-facing phrase for a failure while reading. */
    static String reason(IOException e) {
        if (e instanceof StrictReader.InvalidBytesException || e instanceof CharWindow.RecordTooLongException) {
            return e.getMessage();
        }
        if (e instanceof EOFException) {
            return "the gzip data is truncated: the file ends inside the compressed stream";
        }
        if (e instanceof ZipException) {
            return "the gzip data is corrupt (" + e.getMessage() + ")";
        }
        return "cannot be read: " + e;
    }

    /** The scan's summary: the digest of the whole file, finished after the parser's last read. */
    static ScanSummary summary(Path file, long rows, DigestingInput digest) {
        try {
            String sha256 = digest.finish();
            String change = changeDuringScan(file, digest);
            if (!change.isEmpty()) {
                throw ArtifactException.of(file, "changed while it was being read (" + change + "): its rows and"
                        + " SHA-256 would belong to neither version; rerun once whatever writes it has finished");
            }
            return new ScanSummary(file, rows, digest.bytes(), sha256);
        } catch (IOException e) {
            throw ArtifactException.of(file, reason(e));
        }
    }

    private static String changeDuringScan(Path file, DigestingInput digest) {
        FileIdentity before = digest.identity();
        if (before == null) {
            return "";
        }
        String change = before.differenceTo(FileIdentity.of(file));
        if (change.isEmpty() && digest.bytes() != before.size()) {
            change = before.size() + " bytes when the scan began, " + digest.bytes() + " bytes read";
        }
        return change;
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Reading failed or finished already; a failure to close adds nothing the user can act on.
        }
    }
}
