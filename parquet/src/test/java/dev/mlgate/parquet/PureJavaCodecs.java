package dev.mlgate.parquet;

import io.airlift.compress.Compressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compressors for the fixture writer without Hadoop or native code: parquet-hadoop's own codecs are Hadoop
 * classes backed by snappy-java and zstd-jni, which this module keeps off its class path.
 */
final class PureJavaCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] input = bytes.toByteArray();
                return BytesInput.from(switch (codec) {
                    case UNCOMPRESSED -> input;
                    case GZIP -> gzip(input);
                    case SNAPPY -> run(new SnappyCompressor(), input);
                    case ZSTD -> run(new ZstdCompressor(), input);
                    case LZ4_RAW -> run(new Lz4Compressor(), input);
                    default -> throw new IOException("no test compressor for " + codec);
                });
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("the fixture writer only compresses");
    }

    @Override
    public void release() {
    }

    private static byte[] run(Compressor compressor, byte[] input) {
        byte[] out = new byte[compressor.maxCompressedLength(input.length)];
        int n = compressor.compress(input, 0, input.length, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    private static byte[] gzip(byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(input);
        }
        return out.toByteArray();
    }
}
