package dev.mlgate.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Disk} on the file system, through {@link Files} and {@link FileChannel}. */
final class RealDisk implements Disk {

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public void createDirectories(Path directory) throws IOException {
        Files.createDirectories(directory);
    }

    @Override
    public List<Path> list(Path directory, String glob) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            files.forEach(entries::add);
        }
        return entries;
    }

    @Override
    public Output create(Path file) throws IOException {
        return new Channel(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 0);
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public Optional<InputStream> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public Appender append(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return new Channel(channel, channel.size(), lock);
        } catch (IOException | RuntimeException | Error e) {
            channel.close();
            throw e;
        }
    }

    /** A channel written at an explicit position, so appends land at the end found under the lock. */
    private static final class Channel implements Appender {

        private final FileChannel channel;
        private final FileLock lock;
        private long position;

        Channel(FileChannel channel, long position) {
            this(channel, position, null);
        }

        Channel(FileChannel channel, long position, FileLock lock) {
            this.channel = channel;
            this.position = position;
            this.lock = lock;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        }

        @Override
        public void force() throws IOException {
            channel.force(true);
        }

        @Override
        public int lastByte() throws IOException {
            if (position == 0) {
                return -1;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, position - 1);
            return last.get(0) & 0xff;
        }

        @Override
        public void close() throws IOException {
            try (FileChannel closing = channel) {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            }
        }
    }
}
