package dev.mlgate.parquet.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * One row group of an open part file. A column's chunk is read from disk and decoded only when the scan
 * first asks for that column: this is the projection, so a suite that reads three of fifty columns
 * reads three column chunks per row group.
 */
final class RowGroupChunks {

    /** The decoders call a converter only when asked to; values are read from them directly. */
    private static final PrimitiveConverter UNUSED = new PrimitiveConverter() {
    };

    private final Part part;
    private final FileChannel channel;
    private final RowGroup group;

    RowGroupChunks(Part part, FileChannel channel, RowGroup group) {
        this.part = part;
        this.channel = channel;
        this.group = group;
    }

    long rows() {
        return group.getNum_rows();
    }

    /** Reads column {@code index}'s chunk and returns a cursor on its first row. */
    ColumnCursor open(int index) throws IOException {
        ParquetColumn column = part.columns().get(index);
        ColumnChunk chunk = group.getColumns().get(index);
        ColumnMetaData meta = chunk.getMeta_data();
        if (meta == null) {
            throw new IOException("its column chunk has no metadata (it may be in another file, which mlgate does"
                    + " not follow)");
        }
        String unsupported = Codecs.unsupported(meta.getCodec());
        if (unsupported != null) {
            throw new IOException(unsupported);
        }
        long start = meta.isSetDictionary_page_offset() && meta.getDictionary_page_offset() > 0
                ? Math.min(meta.getDictionary_page_offset(), meta.getData_page_offset()) : meta.getData_page_offset();
        long length = meta.getTotal_compressed_size();
        if (start < 4 || length < 0 || length > Integer.MAX_VALUE - 8 || start + length > channel.size()) {
            throw new IOException("its column chunk (" + length + " bytes at byte " + start + ") lies outside the"
                    + " file's " + channel.size() + " bytes");
        }
        byte[] bytes = Channels.read(channel, start, (int) length);
        ChunkPages pages = new ChunkPages(bytes, meta.getCodec(), meta.getNum_values(), column.noStatistics());
        return new ColumnCursor(new ColumnReaderImpl(column.descriptor(), pages, UNUSED, part.writer()), column);
    }
}
