package dev.mlgate.report.internal;

import java.nio.charset.StandardCharsets;

/**
 * Fragment ids derived from unique ids, so that every check of report.html can be linked to by the id
 * a test runner, report.json and promotion.json already use. The mapping is injective and the result
 * needs no escaping in an attribute or a URL: segment values keep letters, digits, {@code . _ -} and
 * spell every other byte as {@code ~XX}; segments join as {@code type:value} with {@code /}.
 */
final class Anchors {

    private static final String ENGINE = "[engine:mlgate]/";

    private Anchors() {
    }

    /** The fragment id of the check or suite {@code uniqueId}, e.g. {@code suite:com.example.Churn/gate:rocAuc}. */
    static String of(String uniqueId) {
        String rest = uniqueId.startsWith(ENGINE) ? uniqueId.substring(ENGINE.length()) : "~" + uniqueId;
        StringBuilder id = new StringBuilder(rest.length() + 8);
        int i = 0;
        while (i < rest.length()) {
            int close = segmentEnd(rest, i);
            if (rest.charAt(i) != '[' || close < 0) {
                encode(rest.substring(i), id);
                break;
            }
            String segment = rest.substring(i + 1, close);
            int colon = segment.indexOf(':');
            encode(colon < 0 ? segment : segment.substring(0, colon), id);
            if (colon >= 0) {
                id.append(':');
                encode(segment.substring(colon + 1), id);
            }
            i = close + 1;
            if (i < rest.length() && rest.charAt(i) == '/') {
                id.append('/');
                i++;
            }
        }
        return id.toString();
    }

    /** The fragment id of column {@code column} of the suite {@code suiteId}. */
    static String column(String suiteId, String column) {
        StringBuilder id = new StringBuilder(of(suiteId)).append("/column:");
        encode(column, id);
        return id.toString();
    }

    private static int segmentEnd(String text, int from) {
        // a unique id's segment ends at the first "]" followed by "/" or the end of the id
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == ']' && (i + 1 == text.length() || text.charAt(i + 1) == '/')) {
                return i;
            }
        }
        return -1;
    }

    private static void encode(String text, StringBuilder out) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                out.append(c);
            } else {
                out.append('~').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
    }
}
