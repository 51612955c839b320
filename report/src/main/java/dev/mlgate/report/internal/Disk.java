package dev.mlgate.report.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every file operation of report writing ({@link AtomicFiles}, {@link History}), and the only way it
 * touches the file system. Each call is one step that reaches the disk whole or not at all, except
 * {@link Output#write}, which a process killed during it may leave half done. Report writing is
 * correct when stopping it between any two steps, or in the middle of a write, leaves every report file
 * whole and promotion.json never promoting a report that is not its run's: stating the steps here is
 * what lets {@code ReportKillTest} stop a run at each of them, as a kill would, and check exactly that.
 * {@link #REAL} is the file system and the only implementation in production.
 */
interface Disk {

    /** The file system, as this process sees it. */
    Disk REAL = new RealDisk();

    /** The id of the writing process, which names its temporary files so a later writer knows whose they are. */
    long pid();

    /** Creates a directory and its parents unless they exist. */
    void createDirectories(Path directory) throws IOException;

    /** The entries of {@code directory} whose names match {@code glob}. */
    List<Path> list(Path directory, String glob) throws IOException;

    /** Creates {@code file}, which must not exist, for writing; it gets the permissions of any new file. */
    Output create(Path file) throws IOException;

    /** Moves {@code source} over {@code target} atomically: a reader sees the old target or the new one. */
    void replace(Path source, Path target) throws IOException;

    /** Deletes {@code file} if it exists. */
    void delete(Path file) throws IOException;

    /** Opens {@code file} for reading, or empty when it is not a regular file. */
    Optional<InputStream> read(Path file) throws IOException;

    /** Opens {@code file} (created if absent) for appending, under an exclusive lock held until closed. */
    Appender append(Path file) throws IOException;

    /** A file open for writing; closing it releases it. */
    interface Output extends Closeable {

        /** Writes bytes at the end of what was written so far. */
        void write(byte[] bytes, int offset, int length) throws IOException;

        /** Forces what was written to the storage device, so that it survives a crash of the machine. */
        void force() throws IOException;
    }

    /** A file open for appending under a lock; writes go to its end. */
    interface Appender extends Output {

        /** The file's last byte, or -1 when it is empty. */
        int lastByte() throws IOException;
    }
}
