package dev.mlgate.maven.internal;

/** An option of the goal set to a value it does not take; the message names the option, the value and the allowed values. */
public final class InvalidOption extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidOption(String option, String property, String value, String allowed) {
        super("Invalid value '" + value + "' for the mlgate:check option <" + option + "> (property " + property
                + "): allowed values are " + allowed + ".");
    }

    /** Parses a boolean option strictly: {@code true} or {@code false}, any case; anything else is invalid. */
    public static boolean parseBoolean(String option, String property, String value) {
        String word = value == null ? "" : value.trim();
        if (word.equalsIgnoreCase("true")) {
            return true;
        }
        if (word.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidOption(option, property, value, "true, false");
    }
}
