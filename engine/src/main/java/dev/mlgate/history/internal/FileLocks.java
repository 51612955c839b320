package dev.mlgate.history.internal;

import dev.mlgate.history.MetricsRepositoryException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A read-write lock over one lock file, for threads and processes alike: a JVM-wide mutual exclusion per
 * file first (two {@link FileLock}s of one JVM on the same file overlap and throw, even two shared ones),
 * then an OS file lock, shared for readers and exclusive for writers, so readers of several processes
 * proceed together. The data file is opened only while the lock is held, so a
 * rewrite that replaces it never races an append into the replaced file.
 */
final class FileLocks {

    /** Something done while the lock is held. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws IOException;
    }

    private static final ConcurrentMap<Path, Lock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final Lock local;

    FileLocks(Path lockFile) {
        this.lockFile = lockFile;
        this.local = IN_THIS_JVM.computeIfAbsent(lockFile, path -> new ReentrantLock());
    }

    <T> T shared(Locked<T> action, String operation) {
        return locked(local, true, action, operation);
    }

    <T> T exclusively(Locked<T> action, String operation) {
        return locked(local, false, action, operation);
    }

    private <T> T locked(Lock inJvm, boolean shared, Locked<T> action, String operation) {
        inJvm.lock();
        try {
            Path parent = lockFile.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock lock = channel.lock(0, Long.MAX_VALUE, shared)) {
                return action.run();
            }
        } catch (IOException e) {
            throw new MetricsRepositoryException("cannot " + operation + " the metrics repository next to " + lockFile
                    + ": " + e, e);
        } finally {
            inJvm.unlock();
        }
    }
}
