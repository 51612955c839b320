package dev.mlgate.benchmarks;

import io.airlift.compress.snappy.SnappyCompressor;
import java.io.IOException;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Snappy compression for {@link ParquetData}'s writer in pure Java (aircompressor): parquet-java's own
 * codecs are Hadoop classes backed by native libraries, which the benchmark jar does not carry. Snappy is
 * what Spark and pyarrow write by default, so the benchmark reads the kind of file users have.
 */
final class PureJavaSnappy implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY) {
            throw new IllegalArgumentException("only Snappy is supported here, not " + codec);
        }
        return new BytesInputCompressor() {
            private final SnappyCompressor snappy = new SnappyCompressor();

            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] input = bytes.toByteArray();
                byte[] out = new byte[snappy.maxCompressedLength(input.length)];
                int n = snappy.compress(input, 0, input.length, out, 0, out.length);
                return BytesInput.from(Arrays.copyOf(out, n));
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
        throw new UnsupportedOperationException("the benchmark's writer only compresses");
    }

    @Override
    public void release() {
    }
}
