package dev.mlgate.data.internal;

/**
 * Reads values straight from a range of characters, without a {@code String} or a {@code java.time}
 * object: integers, decimals, booleans, and dates, date-times and instants as epoch days or seconds.
 *
 * <p>Each method reads the common forms only and returns {@code false} for anything else, valid or not;
 * the caller then asks {@link ValueParsers} for the verdict on the text. For the text a method accepts,
 * its value is exactly the one {@code ValueParsers} gives, so a scan's results do not depend on which
 * path read a value. One instance per reader; a value is valid until the next call.
 */
public final class CharParsers {

    private long integer;
    private double decimal;
    private int nanos;

    /** The integer, boolean (1 or 0), epoch day or epoch second last read. */
    public long integer() {
        return integer;
    }

    /** The decimal last read. */
    public double decimal() {
        return decimal;
    }

    /** The nanosecond of the second of the date-time or instant last read. */
    public int nanos() {
        return nanos;
    }

    /** An optionally signed integer of at most 18 digits, as {@link ValueParsers#parseInteger}. */
    public boolean integer(char[] c, int from, int length) {
        int end = from + length;
        int i = length > 0 && (c[from] == '-' || c[from] == '+') ? from + 1 : from;
        if (i == end || end - i > 18) {
            return false;
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = c[i] - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            value = value * 10 + digit;
        }
        integer = c[from] == '-' ? -value : value;
        return true;
    }

    /** A decimal, NaN and infinities included, that {@link DecimalParser}'s exact fast path reads. */
    public boolean decimal(char[] c, int from, int length) {
        double value = DecimalParser.fast(c, from, from + length);
        if (DecimalParser.isMarker(value)) {
            return false;
        }
        decimal = value;
        return true;
    }

    /** true/false, 1/0 or yes/no in ASCII letters of any case, as {@link ValueParsers#parseBoolean}. */
    public boolean bool(char[] c, int from, int length) {
        switch (length) {
            case 1 -> {
                if (c[from] != '1' && c[from] != '0') {
                    return false;
                }
                integer = c[from] == '1' ? 1 : 0;
                return true;
            }
            case 2 -> {
                return word(c, from, "no", 0);
            }
            case 3 -> {
                return word(c, from, "yes", 1);
            }
            case 4 -> {
                return word(c, from, "true", 1);
            }
            case 5 -> {
                return word(c, from, "false", 0);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean word(char[] c, int from, String lower, int value) {
        for (int i = 0; i < lower.length(); i++) {
            // ASCII only: equalsIgnoreCase would also take e.g. the long s for an s, which the slow path decides
            if ((c[from + i] | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        integer = value;
        return true;
    }

    /** {@code yyyy-MM-dd} as an epoch day, as {@link ValueParsers#parseDate}. */
    public boolean date(char[] c, int from, int length) {
        if (length != 10) {
            return false;
        }
        long day = EpochDays.of(c, from);
        if (day == EpochDays.INVALID) {
            return false;
        }
        integer = day;
        return true;
    }

    /**
     * {@code yyyy-MM-ddTHH:mm}, optionally with {@code :ss} and 1 to 9 digits of a fraction, {@code T} or a
     * space, as epoch seconds (in UTC) and nanoseconds, as {@link ValueParsers#parseDateTime}.
     */
    public boolean dateTime(char[] c, int from, int length) {
        return localDateTime(c, from, length) == length;
    }

    /**
     * A date-time as {@link #dateTime} followed by {@code Z} or an offset {@code +HH:MM} or
     * {@code -HH:MM}, as {@link ValueParsers#parseInstant}.
     */
    public boolean instant(char[] c, int from, int length) {
        int read = localDateTime(c, from, length);
        if (read < 0) {
            return false;
        }
        int rest = length - read;
        int at = from + read;
        if (rest == 1 && c[at] == 'Z') {
            return true;
        }
        if (rest != 6 || (c[at] != '+' && c[at] != '-') || c[at + 3] != ':') {
            return false;
        }
        int hours = EpochDays.digits(c, at + 1, 2);
        int minutes = EpochDays.digits(c, at + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 17 || minutes > 59) {
            return false;
        }
        int offset = hours * 3600 + minutes * 60;
        integer -= c[at] == '-' ? -offset : offset;
        return true;
    }

    /** Reads a local date-time at the start of the range; how many characters it took, or -1. */
    private int localDateTime(char[] c, int from, int length) {
        if (length < 16 || (c[from + 10] != 'T' && c[from + 10] != ' ') || c[from + 13] != ':') {
            return -1;
        }
        long day = EpochDays.of(c, from);
        int hour = EpochDays.digits(c, from + 11, 2);
        int minute = EpochDays.digits(c, from + 14, 2);
        if (day == EpochDays.INVALID || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return -1;
        }
        int read = 16;
        int second = 0;
        int nano = 0;
        if (length >= 19 && c[from + 16] == ':') {
            second = EpochDays.digits(c, from + 17, 2);
            if (second < 0 || second > 59) {
                return -1;
            }
            read = 19;
            if (length > 20 && c[from + 19] == '.') {
                int digits = 0;
                for (int i = from + 20; i < from + length && digits < 9; i++, digits++) {
                    int digit = c[i] - '0';
                    if (digit < 0 || digit > 9) {
                        break;
                    }
                    nano = nano * 10 + digit;
                }
                if (digits == 0) {
                    return -1;
                }
                for (int d = digits; d < 9; d++) {
                    nano *= 10;
                }
                read = 20 + digits;
            }
        }
        integer = day * 86_400 + hour * 3600 + minute * 60 + second;
        nanos = nano;
        return read;
    }
}
