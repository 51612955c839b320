package dev.mlgate.benchmarks;

import dev.mlgate.benchmarks.customers.CustomerContract;
import dev.mlgate.benchmarks.customers.CustomerData;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.internal.regex.TextPattern;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realistic benchmark's three {@code @Matches} patterns (e-mail, phone, zip, read from
 * {@link CustomerContract}) over the values of {@link CustomerData}'s columns: {@link TextPattern}
 * against {@code Pattern.matcher(text).find()} with a reused matcher, as the scan used them. Rounds are
 * interleaved so load from other processes hits both alike, and timed in thread CPU time; prints each round's ns per value and the
 * median ratio, after checking both find the same number of matches. Arguments: {@code [rounds] [rows]},
 * defaults 15 and 200,000.
 */
public final class RegexRatioRun {

    private RegexRatioRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        Path directory = BenchFiles.newDirectory();
        try {
            List<String> lines = Files.readAllLines(CustomerData.write(directory.resolve("customers.csv"), rows,
                    CustomerData.SEED));
            List<String> header = List.of(lines.get(0).split(","));
            for (String column : List.of("email", "phone", "zip")) {
                String regex = CustomerContract.class.getRecordComponents()[header.indexOf(column)]
                        .getAnnotation(Matches.class).value();
                String[] values = lines.stream().skip(1)
                        .map(line -> line.split(",", header.size() + 1)[header.indexOf(column)]).toArray(String[]::new);
                compare(column, regex, values, rounds);
            }
        } finally {
            BenchFiles.delete(directory);
        }
    }

    private static void compare(String column, String regex, String[] values, int rounds) {
        Matcher matcher = Pattern.compile(regex).matcher("");
        TextPattern pattern = TextPattern.compile(regex);
        if (byPattern(matcher, values) != byTextPattern(pattern, values)) {
            throw new IllegalStateException(column + ": TextPattern and Pattern disagree on " + regex);
        }
        // Thread CPU time, not the wall clock: on a machine shared with other work, time spent descheduled
        // would otherwise land on whichever side was running.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ratios = new double[rounds];
        List<String> raw = new ArrayList<>();
        for (int round = -3; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            byPattern(matcher, values);
            long patternNanos = cpu.getCurrentThreadCpuTime() - start;
            start = cpu.getCurrentThreadCpuTime();
            byTextPattern(pattern, values);
            long textNanos = cpu.getCurrentThreadCpuTime() - start;
            if (round >= 0) {
                ratios[round] = (double) textNanos / patternNanos;
                raw.add(String.format(Locale.ROOT, "%.1f/%.1f", (double) patternNanos / values.length,
                        (double) textNanos / values.length));
            }
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%-5s %-55s %s: median TextPattern/Pattern %.2f  (ns per value,"
                        + " Pattern/TextPattern per round: %s)%n", column, regex,
                pattern.getClass().getSimpleName(), ratios[rounds / 2], String.join(" ", raw));
    }

    private static int byPattern(Matcher matcher, String[] values) {
        int found = 0;
        for (String value : values) {
            found += matcher.reset(value).find() ? 1 : 0;
        }
        return found;
    }

    private static int byTextPattern(TextPattern pattern, String[] values) {
        int found = 0;
        for (String value : values) {
            found += pattern.find(value) ? 1 : 0;
        }
        return found;
    }
}
