package dev.mlgate.report.internal;

/** HTML escaping of every value that came from data: text and double-quoted attribute values alike. */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '}; null becomes the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        escaped.append("&#xFFFD;");
                    } else if (BidiControls.is(c)) {
                        escaped.append(BidiControls.visible(c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
