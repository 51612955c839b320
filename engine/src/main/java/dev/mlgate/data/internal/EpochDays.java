package dev.mlgate.data.internal;

/** Reads {@code yyyy-MM-dd} from characters into an epoch day, with the ISO calendar's rules for valid dates. */
final class EpochDays {

    /** Returned for text that is not a valid four-digit-year date. */
    static final long INVALID = Long.MIN_VALUE;
    private static final int DAYS_0000_TO_1970 = 719_468;

    private EpochDays() {
    }

    /** The epoch day of the date in {@code c[from, from + 10)}, or {@link #INVALID}. */
    static long of(char[] c, int from) {
        if (c[from + 4] != '-' || c[from + 7] != '-') {
            return INVALID;
        }
        int year = digits(c, from, 4);
        int month = digits(c, from + 5, 2);
        int day = digits(c, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return INVALID;
        }
        return of(year, month, day);
    }

    /**
     * Days since 1970-01-01 of a valid date with a year from 0 to 9999: counted in 400-year eras starting
     * on March 1st, so that the leap day ends a year and the month lengths from March repeat in fives.
     */
    static long of(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The value of the {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    static int digits(char[] c, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = c[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
