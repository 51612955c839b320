package dev.mlgate.history.internal;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The built-in repository: a JSON Lines file, one run per line, only ever appended to (pruning rewrites it
 * atomically). Every operation holds {@link FileLocks} on a sibling {@code .lock} file, so concurrent runs
 * in threads and processes lose no line; a line torn by a killed writer is closed by the next append and
 * skipped, with a warning, by readers.
 */
public final class FileRepository implements MetricsRepository {

    private static final System.Logger LOG = System.getLogger(FileRepository.class.getName());

    private final Path file;
    private final FileLocks locks;

    /** A repository kept in {@code file}, created with its directory on the first append. */
    public FileRepository(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.locks = new FileLocks(this.file.resolveSibling(this.file.getFileName() + ".lock"));
    }

    @Override
    public String location() {
        return "file:" + file;
    }

    @Override
    public void append(RunRecord run) {
        byte[] line = (RunLines.write(run) + "\n").getBytes(StandardCharsets.UTF_8);
        locks.exclusively(() -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long size = channel.size();
                ByteBuffer out = ByteBuffer.wrap(line);
                if (size > 0 && lastByte(channel, size) != '\n') {
                    // a killed writer left half a line: end it, so this run starts a line of its own
                    out = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
                }
                channel.position(size);
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                channel.force(false);
            }
            return null;
        }, "append to");
    }

    @Override
    public List<RunRecord> runs(HistoryQuery query) {
        List<RunRecord> matching = new ArrayList<>();
        // only lines naming the subject are parsed: the file holds every suite's runs
        String subject = RunLines.subjectField(query.subject());
        for (RunRecord run : locks.shared(() -> readLines(line -> line.contains(subject)), "read")) {
            if (query.matches(run)) {
                matching.add(run);
            }
        }
        matching.sort(Comparator.comparing(RunRecord::time)); // stable: ties keep the file's order
        int from = query.last() == 0 ? 0 : Math.max(0, matching.size() - query.last());
        return List.copyOf(matching.subList(from, matching.size()));
    }

    @Override
    public int prune(Retention retention, Instant now) {
        return locks.exclusively(() -> {
            List<RunRecord> all = readLines(line -> true);
            List<RunRecord> kept = Pruning.kept(all, retention, now);
            if (kept.size() == all.size()) {
                return 0;
            }
            Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                    + ".tmp");
            StringBuilder text = new StringBuilder();
            kept.forEach(run -> text.append(RunLines.write(run)).append('\n'));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer out = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                channel.force(false);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return all.size() - kept.size();
        }, "prune");
    }

    @Override
    public void close() {
        // nothing is held between operations
    }

    /** The runs on the lines {@code worthParsing} accepts, a line at a time; unreadable lines are skipped. */
    private List<RunRecord> readLines(Predicate<String> worthParsing) throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        if (!Files.exists(file)) {
            return runs;
        }
        // an InputStreamReader replaces malformed bytes: a line torn inside a character must not stop the reading
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || !worthParsing.test(line)) {
                    continue;
                }
                try {
                    runs.add(RunLines.read(line));
                } catch (IOException e) {
                    int at = number;
                    LOG.log(System.Logger.Level.WARNING, () -> "mlgate: skipping line " + at + " of " + file
                            + ", not a complete run (a writer killed mid-append?): " + e.getMessage());
                }
            }
        }
        return runs;
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0);
    }

}
