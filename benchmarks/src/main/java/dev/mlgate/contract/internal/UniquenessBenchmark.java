package dev.mlgate.contract.internal;

import dev.mlgate.backend.ViolationCount;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The uniqueness accumulator's own time on the realistic benchmark's two {@code @Unique} columns, old
 * and new in the same run: 1,000,000 ids (distinct but one in 20,000 repeated) and 1,000,000 e-mail
 * addresses (2% null, 0.5% shared), generated as {@code CustomerData} writes them. Each operation is a
 * fresh accumulator fed every row, then its result.
 *
 * <ul>
 *   <li>{@code previous*}: the fastutil maps that were used before (a {@code String} per e-mail).</li>
 *   <li>{@code current*}: {@link RepeatsAccumulator} as the scan feeds it (a {@link ColumnValue}); for
 *       e-mails also from char ranges of one buffer ({@code currentEmailsFromChars}), the no-String path.</li>
 *   <li>{@code sortedIds}: the alternative to a hash table, appending every key to a {@code long[]},
 *       sorting it and counting runs: counts only, no first rows or examples, so a lower bound.</li>
 * </ul>
 *
 * It lives in the engine's package because the accumulators are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class UniquenessBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int EXAMPLES = 5;

    private long[] ids;
    private String[] idTexts;
    private String[] emails;
    private char[] emailChars;
    private int[] emailStarts;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(7);
        ids = new long[ROWS];
        idTexts = new String[ROWS];
        emails = new String[ROWS];
        StringBuilder chars = new StringBuilder();
        emailStarts = new int[ROWS + 1];
        for (int i = 0; i < ROWS; i++) {
            long row = i + 1;
            ids[i] = row > 1 && random.nextInt(20_000) == 0 ? scramble(row - 1) : scramble(row);
            idTexts[i] = Long.toString(ids[i]);
            int email = random.nextInt(1000);
            if (email >= 20) {
                long owner = email < 25 ? row / 2 : row;
                emails[i] = "customer." + owner + "@example" + owner % 7 + ".com";
                chars.append(emails[i]);
            }
            emailStarts[i + 1] = chars.length();
        }
        emailChars = chars.toString().toCharArray();
    }

    private static long scramble(long i) {
        return 1_000_000_000L + (i * 0x9E3779B1L) % 1_099_511_627_776L;
    }

    @Benchmark
    public ViolationCount previousIds() {
        PreviousRepeats repeats = new PreviousRepeats(EXAMPLES);
        ColumnValue value = new ColumnValue(dev.mlgate.data.ValueKind.INTEGER);
        for (int i = 0; i < ROWS; i++) {
            value.read(idTexts[i], i + 1, i + 2);
            repeats.accept(value);
        }
        return repeats.result();
    }

    @Benchmark
    public ViolationCount currentIds() {
        RepeatsAccumulator repeats = new RepeatsAccumulator(EXAMPLES, true);
        ColumnValue value = new ColumnValue(dev.mlgate.data.ValueKind.INTEGER);
        for (int i = 0; i < ROWS; i++) {
            value.read(idTexts[i], i + 1, i + 2);
            repeats.accept(value);
        }
        return repeats.result();
    }

    @Benchmark
    public long[] sortedIds() {
        long[] keys = new long[16];
        int size = 0;
        for (int i = 0; i < ROWS; i++) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
            }
            keys[size++] = ids[i];
        }
        Arrays.sort(keys, 0, size);
        long distinct = 0;
        long singletons = 0;
        long duplicated = 0;
        for (int start = 0, end; start < size; start = end) {
            end = start + 1;
            while (end < size && keys[end] == keys[start]) {
                end++;
            }
            distinct++;
            if (end - start == 1) {
                singletons++;
            } else {
                duplicated += end - start;
            }
        }
        return new long[] {distinct, singletons, duplicated};
    }

    @Benchmark
    public ViolationCount previousEmails() {
        PreviousRepeats repeats = new PreviousRepeats(EXAMPLES);
        ColumnValue value = new ColumnValue(dev.mlgate.data.ValueKind.STRING);
        for (int i = 0; i < ROWS; i++) {
            value.read(emails[i], i + 1, i + 2);
            repeats.accept(value);
        }
        return repeats.result();
    }

    @Benchmark
    public ViolationCount currentEmails() {
        RepeatsAccumulator repeats = new RepeatsAccumulator(EXAMPLES, true);
        ColumnValue value = new ColumnValue(dev.mlgate.data.ValueKind.STRING);
        for (int i = 0; i < ROWS; i++) {
            value.read(emails[i], i + 1, i + 2);
            repeats.accept(value);
        }
        return repeats.result();
    }

    @Benchmark
    public ViolationCount currentEmailsFromChars() {
        RepeatsAccumulator repeats = new RepeatsAccumulator(EXAMPLES, true);
        for (int i = 0; i < ROWS; i++) {
            if (emails[i] != null) {
                repeats.acceptText(emailChars, emailStarts[i], emailStarts[i + 1] - emailStarts[i], i + 1);
            }
        }
        return repeats.result();
    }
}
