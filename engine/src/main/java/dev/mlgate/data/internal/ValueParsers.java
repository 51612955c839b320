package dev.mlgate.data.internal;

import dev.mlgate.data.ValueKind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The strict text parsers behind {@link ValueKind}; each failure is an {@link IllegalArgumentException}
 * whose message is the whole reason, e.g. {@code cannot read '12,5' as a decimal number}.
 */
public final class ValueParsers {

    private ValueParsers() {
    }

    /** Parses an optionally signed decimal integer into a {@code long}. */
    public static long parseInteger(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (i == n) {
            throw bad(s, ValueKind.INTEGER);
        }
        if (n - i > 18) {
            return parseLongInteger(s, i);
        }
        long value = 0;
        for (; i < n; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw bad(s, ValueKind.INTEGER);
            }
            value = value * 10 + digit;
        }
        return s.charAt(0) == '-' ? -value : value;
    }

    /** Whether {@link #parseInteger} accepts the text. */
    public static boolean isInteger(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (i == n || !allDigits(s, i)) {
            return false;
        }
        if (n - i > 18) {
            try {
                Long.parseLong(s);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static long parseLongInteger(String s, int firstDigit) {
        if (!allDigits(s, firstDigit)) {
            throw bad(s, ValueKind.INTEGER);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read " + Texts.quote(s)
                    + " as an integer: it is outside the 64-bit range");
        }
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses a decimal number; see {@link ValueKind#DECIMAL} for the accepted forms. */
    public static double parseDecimal(String s) {
        return DecimalParser.parse(s);
    }

    /** Whether {@link #parseDecimal} accepts the text. */
    public static boolean isDecimal(String s) {
        return DecimalParser.isDecimal(s);
    }

    /** Parses true/false, 1/0 or yes/no, case-insensitive. */
    public static boolean parseBoolean(String s) {
        switch (s.length()) {
            case 1:
                if (s.charAt(0) == '1') {
                    return true;
                }
                if (s.charAt(0) == '0') {
                    return false;
                }
                break;
            case 2:
                if (s.equalsIgnoreCase("no")) {
                    return false;
                }
                break;
            case 3:
                if (s.equalsIgnoreCase("yes")) {
                    return true;
                }
                break;
            case 4:
                if (s.equalsIgnoreCase("true")) {
                    return true;
                }
                break;
            case 5:
                if (s.equalsIgnoreCase("false")) {
                    return false;
                }
                break;
            default:
                break;
        }
        throw bad(s, ValueKind.BOOLEAN);
    }

    /** Parses {@code yyyy-MM-dd}, with a fast path for four-digit years. */
    public static LocalDate parseDate(String s) {
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int year = digits(s, 0, 4);
                int month = digits(s, 5, 7);
                int day = digits(s, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw bad(s, ValueKind.DATE);
        }
    }

    /**
     * Parses an ISO local date-time; a space may stand for the {@code T}. The common forms
     * {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss} take a fast path; others (fractions of a
     * second) go through {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME}.
     */
    public static LocalDateTime parseDateTime(String s) {
        try {
            int n = s.length();
            if ((n == 16 || n == 19) && s.charAt(4) == '-' && s.charAt(7) == '-'
                    && (s.charAt(10) == 'T' || s.charAt(10) == ' ') && s.charAt(13) == ':' && (n == 16 || s.charAt(16) == ':')) {
                int year = digits(s, 0, 4);
                int month = digits(s, 5, 7);
                int day = digits(s, 8, 10);
                int hour = digits(s, 11, 13);
                int minute = digits(s, 14, 16);
                int second = n == 19 ? digits(s, 17, 19) : 0;
                if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                    return LocalDateTime.of(year, month, day, hour, minute, second);
                }
            }
            return LocalDateTime.parse(withT(s), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeException e) {
            throw bad(s, ValueKind.DATE_TIME);
        }
    }

    /** Parses an ISO date-time with {@code Z} or an offset; a space may stand for the {@code T}. */
    public static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(withT(s), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(s, ValueKind.INSTANT);
        }
    }

    private static String withT(String s) {
        return s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    }

    /** The value of the ASCII digits in {@code [from, to)}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    static IllegalArgumentException bad(String s, ValueKind kind) {
        return new IllegalArgumentException("cannot read " + Texts.quote(s) + " as " + kind.description());
    }
}
