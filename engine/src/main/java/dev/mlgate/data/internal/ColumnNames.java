package dev.mlgate.data.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shows header names in "missing column" messages so that names which look identical differ visibly:
 * a name with surrounding spaces, an invisible or control character, or another Unicode normalisation
 * than NFC is quoted with those characters escaped, and a header name that differs from a declared one
 * only in such a way is pointed out with what differs.
 */
public final class ColumnNames {

    private ColumnNames() {
    }

    /** The header names, comma-separated, each as {@link #shown}. */
    public static String list(List<String> header) {
        return header.stream().map(ColumnNames::shown).collect(Collectors.joining(", "));
    }

    /** The name as is when it looks like what it is; else quoted with invisible characters escaped. */
    public static String shown(String name) {
        if (name.equals(name.strip()) && Normalizer.isNormalized(name, Normalizer.Form.NFC)
                && name.codePoints().noneMatch(ColumnNames::invisible)) {
            return name;
        }
        StringBuilder text = new StringBuilder("'");
        name.codePoints().forEach(c -> text.append(invisible(c) || c > 0x7F && isCombining(c)
                ? String.format(Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c))));
        return text.append('\'').toString();
    }

    /**
     * {@code ; the header has ' age', which has a leading space} for each header name that differs from
     * {@code declared} only in spaces around it, invisible characters or Unicode normalisation; empty when
     * none does.
     */
    public static String lookAlikes(String declared, List<String> header) {
        List<String> notes = new ArrayList<>();
        for (String name : header) {
            if (!name.equals(declared) && canonical(name).equals(canonical(declared))) {
                notes.add(shown(name) + ", which " + difference(name, declared));
            }
        }
        return notes.isEmpty() ? "" : "; the header has " + String.join(" and ", notes);
    }

    private static String difference(String name, String declared) {
        List<String> parts = new ArrayList<>();
        if (!name.equals(name.stripLeading()) && declared.equals(declared.stripLeading())) {
            parts.add("has a leading space");
        }
        if (!name.equals(name.stripTrailing()) && declared.equals(declared.stripTrailing())) {
            parts.add("has a trailing space");
        }
        name.codePoints().filter(ColumnNames::invisible).distinct().forEach(c -> parts.add("contains "
                + String.format(Locale.ROOT, "U+%04X", c) + " " + Character.getName(c)));
        if (parts.isEmpty()) {
            parts.add("differs from the declared name only in Unicode normalisation (" + form(name) + " vs "
                    + form(declared) + ")");
        }
        return String.join(" and ", parts);
    }

    private static String canonical(String name) {
        String visible = name.codePoints().filter(c -> !invisible(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Normalizer.normalize(visible.strip(), Normalizer.Form.NFC);
    }

    private static String form(String name) {
        return Normalizer.isNormalized(name, Normalizer.Form.NFC) ? "NFC"
                : Normalizer.isNormalized(name, Normalizer.Form.NFD) ? "NFD" : "neither NFC nor NFD";
    }

    /** Format characters (zero-width spaces and joiners, the BOM, bidi controls) and control characters. */
    private static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT || Character.isISOControl(c);
    }

    private static boolean isCombining(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
