package dev.mlgate.parquet.internal;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.format.CompressionCodec;

/**
 * Decompresses page data in pure Java: SNAPPY, ZSTD and LZ4_RAW with aircompressor, GZIP with
 * {@code java.util.zip}. No native library is loaded. Hadoop-framed LZ4, LZO and BROTLI are refused.
 */
final class Codecs {

    private Codecs() {
    }

    /** Whether pages compressed with {@code codec} can be read; else the reason, for the message. */
    static String unsupported(CompressionCodec codec) {
        return switch (codec) {
            case UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW -> null;
            default -> "its pages are compressed with " + codec + ", which mlgate does not read; write it with"
                    + " SNAPPY, ZSTD, GZIP, LZ4_RAW or no compression";
        };
    }

    /**
     * {@code length} bytes at {@code offset} decompressed to exactly {@code size} bytes.
     *
     * @throws IOException if the data is corrupt or has another size
     */
    static byte[] decompress(CompressionCodec codec, byte[] data, int offset, int length, int size)
            throws IOException {
        if (codec == CompressionCodec.UNCOMPRESSED) {
            if (length != size) {
                throw new IOException("an uncompressed page of " + length + " bytes says it holds " + size);
            }
            return java.util.Arrays.copyOfRange(data, offset, offset + length);
        }
        byte[] out = new byte[size];
        int written;
        try {
            written = switch (codec) {
                case GZIP -> gunzip(data, offset, length, out);
                case SNAPPY -> run(new SnappyDecompressor(), data, offset, length, out);
                case ZSTD -> run(new ZstdDecompressor(), data, offset, length, out);
                case LZ4_RAW -> run(new Lz4Decompressor(), data, offset, length, out);
                default -> throw new IOException(unsupported(codec));
            };
        } catch (RuntimeException e) {
            throw new IOException(codec + " data is corrupt (" + Channels.describe(e) + ")", e);
        }
        if (written != size) {
            throw new IOException(codec + " data decompressed to " + written + " bytes, not the " + size
                    + " its page header says");
        }
        return out;
    }

    private static int run(Decompressor decompressor, byte[] data, int offset, int length, byte[] out) {
        return decompressor.decompress(data, offset, length, out, 0, out.length);
    }

    private static int gunzip(byte[] data, int offset, int length, byte[] out) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data, offset, length))) {
            int n = in.readNBytes(out, 0, out.length);
            if (in.read() >= 0) {
                throw new IOException("GZIP data holds more than the " + out.length + " bytes its page header says");
            }
            return n;
        }
    }
}
