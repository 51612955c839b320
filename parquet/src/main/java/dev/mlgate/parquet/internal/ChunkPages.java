package dev.mlgate.parquet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;

/**
 * The pages of one column chunk, read from its bytes in order and decompressed one at a time, for
 * parquet-column's decoders (which handle every value and level encoding). Index pages are skipped.
 */
final class ChunkPages implements PageReader {

    private final Cursor bytes;
    private final CompressionCodec codec;
    private final long totalValues;
    private final Statistics<?> statistics;
    private DictionaryPage dictionary;

    ChunkPages(byte[] chunk, CompressionCodec codec, long totalValues, Statistics<?> statistics) {
        this.bytes = new Cursor(chunk);
        this.codec = codec;
        this.totalValues = totalValues;
        this.statistics = statistics;
        int start = bytes.position();
        PageHeader first = header();
        if (first.getType() == PageType.DICTIONARY_PAGE) {
            var page = first.getDictionary_page_header();
            dictionary = new DictionaryPage(BytesInput.from(body(first)), first.getUncompressed_page_size(),
                    page.getNum_values(), encoding(page.getEncoding()));
        } else {
            bytes.moveTo(start);
        }
    }

    @Override
    public DictionaryPage readDictionaryPage() {
        return dictionary;
    }

    @Override
    public long getTotalValueCount() {
        return totalValues;
    }

    @Override
    public DataPage readPage() {
        while (bytes.available() > 0) {
            PageHeader header = header();
            if (header.getType() == PageType.DATA_PAGE) {
                DataPageHeader page = header.getData_page_header();
                return new DataPageV1(BytesInput.from(body(header)), page.getNum_values(),
                        header.getUncompressed_page_size(), statistics, encoding(page.getRepetition_level_encoding()),
                        encoding(page.getDefinition_level_encoding()), encoding(page.getEncoding()));
            }
            if (header.getType() == PageType.DATA_PAGE_V2) {
                return pageV2(header);
            }
            bytes.skipExactly(header.getCompressed_page_size()); // an index or a second dictionary page
        }
        return null;
    }

    /** A version 2 page: its levels are never compressed, its values may be. */
    private DataPage pageV2(PageHeader header) {
        DataPageHeaderV2 page = header.getData_page_header_v2();
        int levels = page.getRepetition_levels_byte_length() + page.getDefinition_levels_byte_length();
        byte[] repetition = bytes.take(page.getRepetition_levels_byte_length());
        byte[] definition = bytes.take(page.getDefinition_levels_byte_length());
        int stored = header.getCompressed_page_size() - levels;
        int size = header.getUncompressed_page_size() - levels;
        byte[] values = page.isSetIs_compressed() && !page.isIs_compressed()
                ? bytes.take(stored) : decompress(stored, size);
        return DataPageV2.uncompressed(page.getNum_rows(), page.getNum_nulls(), page.getNum_values(),
                BytesInput.from(repetition), BytesInput.from(definition), encoding(page.getEncoding()),
                BytesInput.from(values), statistics);
    }

    private PageHeader header() {
        try {
            return Util.readPageHeader(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("a page header is corrupt (" + Channels.describe(e) + ")", e));
        }
    }

    private byte[] body(PageHeader header) {
        return decompress(header.getCompressed_page_size(), header.getUncompressed_page_size());
    }

    private byte[] decompress(int stored, int size) {
        if (stored < 0 || size < 0 || stored > bytes.available()) {
            throw new UncheckedIOException(new IOException("a page says it holds " + stored + " bytes, but its column"
                    + " chunk has " + bytes.available() + " left"));
        }
        try {
            byte[] out = Codecs.decompress(codec, bytes.array(), bytes.position(), stored, size);
            bytes.skipExactly(stored);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Encoding encoding(org.apache.parquet.format.Encoding encoding) {
        return Encoding.valueOf(encoding.name());
    }

    /** A byte array read as a stream, whose position can be read and set. */
    private static final class Cursor extends ByteArrayInputStream {

        Cursor(byte[] bytes) {
            super(bytes);
        }

        int position() {
            return pos;
        }

        byte[] array() {
            return buf;
        }

        void moveTo(int position) {
            pos = position;
        }

        void skipExactly(int n) {
            if (n < 0 || n > available()) {
                throw new UncheckedIOException(new IOException("a page says it holds " + n + " bytes, but its column"
                        + " chunk has " + available() + " left"));
            }
            pos += n;
        }

        byte[] take(int n) {
            int at = pos;
            skipExactly(n);
            return java.util.Arrays.copyOfRange(buf, at, at + n);
        }
    }
}
