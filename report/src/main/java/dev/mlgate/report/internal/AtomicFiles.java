package dev.mlgate.report.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the new, never a part: the bytes go to a
 * temporary file in the same directory, are forced to the storage device, and the file is then moved
 * over the target atomically. On any failure the temporary file is deleted and the target is left as
 * it was. The temporary file is created like any file (its permissions follow the umask, unlike
 * {@code Files.createTempFile}'s owner-only ones, which the move would carry over) and is named after
 * the writing process, so that the next write removes what a killed process left behind without
 * touching a live writer's file. Every file operation goes through a {@link Disk}.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; may fail part-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Atomic writes on the file system. */
    public static final AtomicFiles ON_DISK = new AtomicFiles(Disk.REAL);

    private static final Pattern TEMPORARY = Pattern.compile("^\\..+\\.pid(\\d+)\\.[0-9a-f-]+\\.tmp$");
    private static final int BUFFER = 64 * 1024;

    private final Disk disk;

    AtomicFiles(Disk disk) {
        this.disk = disk;
    }

    /** Atomically replaces {@code target} with {@code bytes}. */
    public void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Atomically replaces {@code target} with what {@code content} writes. */
    public void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        disk.createDirectories(directory);
        removeAbandoned(directory);
        Path temporary = directory.resolve("." + target.getFileName() + ".pid" + disk.pid() + "."
                + UUID.randomUUID() + ".tmp");
        try {
            try (Disk.Output file = disk.create(temporary)) {
                OutputStream out = new BufferedOutputStream(new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        file.write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        file.write(bytes, offset, length);
                    }
                }, BUFFER);
                content.writeTo(out);
                out.flush();
                file.force();
            }
            disk.replace(temporary, target);
        } catch (IOException | RuntimeException | Error e) {
            try {
                disk.delete(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Deletes temporary files in {@code directory} whose writing process no longer runs. */
    void removeAbandoned(Path directory) {
        try {
            for (Path file : disk.list(directory, ".*.tmp")) {
                Matcher matcher = TEMPORARY.matcher(file.getFileName().toString());
                if (matcher.matches() && !alive(Long.parseLong(matcher.group(1)))) {
                    disk.delete(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the write itself must not fail because of it.
        }
    }

    private boolean alive(long pid) {
        return pid == disk.pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
