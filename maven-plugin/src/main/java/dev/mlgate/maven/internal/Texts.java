package dev.mlgate.maven.internal;

import java.util.List;

/** Bounded lists and lines for log messages: a reason can be a paragraph, and a run can miss hundreds of checks. */
public final class Texts {

    /** How many items of a list a message shows. */
    public static final int MAX_ITEMS = 10;

    /** How long one reason may be in a message. */
    public static final int MAX_LINE = 300;

    private Texts() {
    }

    /** The first {@value #MAX_ITEMS} items, comma-separated, with how many were left out. */
    public static String list(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(MAX_ITEMS, items.size())));
        return items.size() > MAX_ITEMS ? shown + " (and " + (items.size() - MAX_ITEMS) + " more)" : shown;
    }

    /** The first {@value #MAX_ITEMS} items, one per line with {@code indent} and a dash, each cut to {@value #MAX_LINE} characters. */
    public static String bullets(List<String> items, String indent) {
        StringBuilder text = new StringBuilder();
        items.stream().limit(MAX_ITEMS).forEach(item -> text.append('\n').append(indent).append("- ").append(cut(item)));
        if (items.size() > MAX_ITEMS) {
            text.append('\n').append(indent).append("(and ").append(items.size() - MAX_ITEMS).append(" more)");
        }
        return text.toString();
    }

    /** {@code line} on one line, cut to {@value #MAX_LINE} characters. */
    public static String cut(String line) {
        String flat = line == null ? "" : line.replaceAll("\\s*\\R\\s*", " ");
        return flat.length() <= MAX_LINE ? flat : flat.substring(0, MAX_LINE - 1) + "…";
    }
}
