package dev.mlgate.parquet;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;

/** Damages Parquet fixtures in the ways real files get damaged. */
final class Corruption {

    private Corruption() {
    }

    /** The footer's metadata of the first row group's column {@code index}. */
    static ColumnMetaData chunk(Path file, int index) throws IOException {
        return footer(file).getRow_groups().get(0).getColumns().get(index).getMeta_data();
    }

    /** Overwrites the first row group's chunk of column {@code index}, past its first page header, with 0xFF. */
    static void overwriteChunk(Path file, int index) throws IOException {
        ColumnMetaData chunk = chunk(file, index);
        long start = chunk.getData_page_offset();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) chunk.getTotal_compressed_size()];
            Arrays.fill(garbage, (byte) 0xFF);
            raf.seek(start);
            raf.write(garbage);
        }
    }

    /** Overwrites the footer's metadata (between the length field and the data) with garbage. */
    static void overwriteFooter(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 8);
            int length = Integer.reverseBytes(raf.readInt());
            byte[] garbage = new byte[length];
            Arrays.fill(garbage, (byte) 0x7F);
            raf.seek(raf.length() - 8 - length);
            raf.write(garbage);
        }
    }

    static FileMetaData footer(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 8);
            int length = Integer.reverseBytes(raf.readInt());
            byte[] footer = new byte[length];
            raf.seek(raf.length() - 8 - length);
            raf.readFully(footer);
            return Util.readFileMetaData(new java.io.ByteArrayInputStream(footer));
        }
    }
}
