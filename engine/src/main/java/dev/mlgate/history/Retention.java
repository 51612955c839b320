package dev.mlgate.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the repository keeps runs: those younger than a maximum age, or the newest N runs of each
 * subject, or everything. Written {@code 90d}, {@code 12h}, {@code 52w} (an age) or {@code 100} /
 * {@code 100 runs} (a count) in {@code mlgate.repository.retention}.
 *
 * @param maxAge runs older than this are removed, if present
 * @param maxRuns at most this many newest runs of each subject are kept; 0 for no limit
 */
public record Retention(Optional<Duration> maxAge, int maxRuns) {

    /** Keeps every run. */
    public static final Retention FOREVER = new Retention(Optional.empty(), 0);

    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*([hdw])");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(\\s*runs?)?");

    public Retention {
        if (maxRuns < 0 || maxAge.map(age -> age.isNegative() || age.isZero()).orElse(false)) {
            throw new IllegalArgumentException("a retention keeps a positive age or run count");
        }
    }

    /**
     * Reads {@code 90d}, {@code 12h}, {@code 4w} or {@code 100 runs}; blank means {@link #FOREVER}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Retention parse(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return FOREVER;
        }
        Matcher age = AGE.matcher(trimmed);
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            Duration unit = switch (age.group(2)) {
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return new Retention(Optional.of(unit.multipliedBy(amount)), 0);
        }
        Matcher count = COUNT.matcher(trimmed);
        if (count.matches() && Long.parseLong(count.group(1)) <= Integer.MAX_VALUE
                && Long.parseLong(count.group(1)) > 0) {
            return new Retention(Optional.empty(), Integer.parseInt(count.group(1)));
        }
        throw new IllegalArgumentException("'" + text + "' is not a retention: write an age such as 90d, 12h or 4w,"
                + " or a run count such as 100 runs");
    }

    /** The oldest time a run may have to be kept at {@code now}, if an age limits retention. */
    public Optional<Instant> cutoff(Instant now) {
        return maxAge.map(now::minus);
    }
}
