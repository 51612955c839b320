package dev.mlgate.data.internal;

/** Shows data values in messages: quoted, control characters escaped, long values shortened. */
public final class Texts {

    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /** {@code 'value'}, with line breaks and tabs escaped and anything past 60 characters elided. */
    public static String quote(String value) {
        StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8).append('\'');
        int end = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        shown.append(String.format("\\u%04x", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        if (value.length() > MAX_SHOWN) {
            shown.append("...' (").append(value.length()).append(" characters)");
            return shown.toString();
        }
        return shown.append('\'').toString();
    }
}
