package dev.mlgate.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A process that is killed at a given step: the {@link Disk} of a writer that performs its first
 * {@code killAt} steps on the real file system, then dies. At step {@code killAt} it throws {@link Killed}
 * (after writing half of the bytes when that step is a write and {@code tear} is set); from then on every
 * step throws again and does nothing, so no catch or finally block of the writer reaches the disk, as
 * after a SIGKILL. {@link #exit()} then does what the kernel does for a dead process: closes its files
 * and releases its locks, writing nothing. Its temporary files carry {@code pid}, a process that has ended.
 * {@link #failingOnce} makes a disk that does not die but throws an error once at a step and goes on, as
 * when rendering runs out of memory or a write fails.
 */
final class KillingDisk implements Disk {

    /** The death of the process: thrown at the step it is killed at and at every step it attempts after. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(String step) {
            super("killed at " + step, null, false, false);
        }
    }

    private final long pid;
    private final int killAt;
    private final boolean tear;
    private final Supplier<Object> onDeath;
    private final List<String> steps = new ArrayList<>();
    private final List<Output> open = new ArrayList<>();
    private Object atDeath;
    private String killedAt;
    private int attemptsAfterDeath;
    private String failAt;
    private Error failure;

    /** {@code onDeath} records the disk's state at the moment of death, to compare with the state after. */
    KillingDisk(long pid, int killAt, boolean tear, Supplier<Object> onDeath) {
        this.pid = pid;
        this.killAt = killAt;
        this.tear = tear;
        this.onDeath = onDeath;
    }

    /** A process that is never killed, to count and name the steps of a whole run. */
    static KillingDisk survivor(long pid) {
        return new KillingDisk(pid, Integer.MAX_VALUE, false, () -> null);
    }

    /** A disk of process {@code pid} that throws {@code failure} at the first step starting with {@code step}. */
    static KillingDisk failingOnce(long pid, String step, Error failure) {
        KillingDisk disk = survivor(pid);
        disk.failAt = step;
        disk.failure = failure;
        return disk;
    }

    List<String> steps() {
        return List.copyOf(steps);
    }

    String killedAt() {
        return killedAt;
    }

    Object atDeath() {
        return atDeath;
    }

    int attemptsAfterDeath() {
        return attemptsAfterDeath;
    }

    /** The process is gone: its open files are closed and its locks released, and nothing more is written. */
    void exit() throws IOException {
        for (Output file : open) {
            file.close();
        }
        open.clear();
    }

    private interface Action<T> {
        T run() throws IOException;
    }

    private <T> T step(String name, Action<T> action) throws IOException {
        if (killedAt != null) {
            attemptsAfterDeath++;
            throw new Killed(name + " (after death)");
        }
        if (steps.size() == killAt) {
            die(name);
        }
        steps.add(name);
        if (failure != null && name.startsWith(failAt)) {
            Error thrown = failure;
            failure = null;
            throw thrown;
        }
        return action.run();
    }

    private void die(String name) {
        killedAt = name;
        atDeath = onDeath.get();
        throw new Killed(name);
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public void createDirectories(Path directory) throws IOException {
        step("createDirectories " + directory.getFileName(), () -> {
            REAL.createDirectories(directory);
            return null;
        });
    }

    @Override
    public List<Path> list(Path directory, String glob) throws IOException {
        return step("list " + glob, () -> REAL.list(directory, glob));
    }

    @Override
    public Output create(Path file) throws IOException {
        return step("create " + file.getFileName(), () -> tracked(REAL.create(file), file));
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        step("replace " + target.getFileName(), () -> {
            REAL.replace(source, target);
            return null;
        });
    }

    @Override
    public void delete(Path file) throws IOException {
        step("delete " + file.getFileName(), () -> {
            REAL.delete(file);
            return null;
        });
    }

    @Override
    public Optional<java.io.InputStream> read(Path file) throws IOException {
        return step("read " + file.getFileName(), () -> REAL.read(file));
    }

    @Override
    public Appender append(Path file) throws IOException {
        return step("append " + file.getFileName(), () -> tracked(REAL.append(file), file));
    }

    private Appender tracked(Output real, Path file) {
        open.add(real);
        String name = file.getFileName().toString();
        return new Appender() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (killedAt == null && tear && steps.size() == killAt) {
                    real.write(bytes, offset, length / 2);
                    die("write " + name + " (half of " + length + " bytes)");
                }
                step("write " + name, () -> {
                    real.write(bytes, offset, length);
                    return null;
                });
            }

            @Override
            public void force() throws IOException {
                step("force " + name, () -> {
                    real.force();
                    return null;
                });
            }

            @Override
            public int lastByte() throws IOException {
                return step("lastByte " + name, () -> ((Appender) real).lastByte());
            }

            @Override
            public void close() throws IOException {
                step("close " + name, () -> {
                    open.remove(real);
                    real.close();
                    return null;
                });
            }
        };
    }
}
