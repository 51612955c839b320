package dev.mlgate.parquet.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads of exact byte ranges, and exception text for messages. */
final class Channels {

    private Channels() {
    }

    /** Exactly {@code length} bytes from {@code position}. */
    static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ends " + buffer.remaining() + " bytes before the range ending at byte "
                        + (position + length));
            }
        }
        return buffer.array();
    }

    /** An exception's message, or its type when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
