package dev.mlgate.report.internal;

import java.nio.charset.StandardCharsets;

/**
 * promotion.json while a run is under way, written as text: it is written before the first check runs,
 * and building it with Jackson would make that check wait for jackson-databind to start (about 400
 * classes, 0.15 s of CPU) or jackson-core (80 classes). The bytes are those {@link Json#pretty} writes for
 * the same tree, as a test pins: the same layout and the same string escapes.
 */
final class PendingPromotion {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PendingPromotion() {
    }

    static byte[] render(RunStamp stamp) {
        String cause = "The mlgate run " + stamp.runId() + " started at " + stamp.startedAt() + " and has not"
                + " finished; if no run is under way, it died (killed, crashed or out of memory) before deciding."
                + " Nothing is promoted until a complete run passes.";
        String text = "{\n"
                + "  \"schemaVersion\" : " + Promotion.SCHEMA_VERSION + ",\n"
                + "  \"runId\" : " + quoted(stamp.runId()) + ",\n"
                + "  \"state\" : " + quoted(Promotion.RUNNING) + ",\n"
                + "  \"startedAt\" : " + quoted(stamp.startedAt().toString()) + ",\n"
                + "  \"decision\" : " + quoted(Promotion.PENDING) + ",\n"
                + "  \"reasons\" : [\n"
                + "    {\n"
                + "      \"kind\" : " + quoted(Reason.RUNNING) + ",\n"
                + "      \"cause\" : " + quoted(cause) + "\n"
                + "    }\n"
                + "  ],\n"
                + "  \"partial\" : true,\n"
                + "  \"reportSha256\" : null\n"
                + "}\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string as Jackson writes it: quote and backslash escaped, control characters as short or \\u escapes. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
