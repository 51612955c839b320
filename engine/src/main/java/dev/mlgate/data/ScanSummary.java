package dev.mlgate.data;

import java.nio.file.Path;

/**
 * What one scan of an artifact saw, for lineage: how many data rows, how many bytes the file holds,
 * and the SHA-256 of those bytes (of the file as stored, so of the compressed bytes of a gzip file).
 * The digest is computed while the scan reads the file, never by reading it again.
 *
 * @param file the file, as the user named it
 * @param rows the number of data rows
 * @param bytes the size of the file in bytes
 * @param sha256 the lower-case hexadecimal SHA-256 of the whole file
 */
public record ScanSummary(Path file, long rows, long bytes, String sha256) {
}
