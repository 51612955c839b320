package dev.mlgate.maven.internal;

import java.util.regex.Pattern;

/**
 * One Surefire {@code <include>} or {@code <exclude>} pattern, matched the way Surefire matches it
 * against a test class: an Ant-style path ({@code **}/{@code *}/{@code ?}) over the class's file path
 * without extension, {@code .java} and {@code .class} being the same, {@code **}/ prepended when the
 * pattern does not start with it, a fully qualified name accepted as a path, and a
 * {@code %regex[...]} pattern as a regular expression over {@code com/acme/Name.class}. A method
 * filter after {@code #} is ignored: it selects methods, not classes.
 */
public record SurefirePattern(String text, Pattern regex, boolean isRegex) {

    /** Parses {@code text}, one pattern (no commas). */
    public static SurefirePattern of(String text) {
        String pattern = text.trim();
        if (pattern.startsWith("%regex[") && pattern.endsWith("]")) {
            String body = pattern.substring("%regex[".length(), pattern.length() - 1);
            int hash = body.indexOf('#');
            return new SurefirePattern(text, Pattern.compile(hash < 0 ? body : body.substring(0, hash)), true);
        }
        int hash = pattern.indexOf('#');
        if (hash >= 0) {
            pattern = pattern.substring(0, hash);
        }
        pattern = stripExtension(pattern.replace('\\', '/'));
        if (!pattern.contains("/") && !pattern.contains("*") && pattern.contains(".")) {
            pattern = pattern.replace('.', '/');
        }
        if (pattern.startsWith("/")) {
            pattern = pattern.substring(1);
        }
        if (!pattern.startsWith("**/")) {
            pattern = "**/" + pattern;
        }
        return new SurefirePattern(text, Pattern.compile(antToRegex(pattern)), false);
    }

    /** Whether the class named {@code className} (binary name, {@code Outer$Inner} for nested) matches. */
    public boolean matches(String className) {
        String path = className.replace('.', '/');
        return isRegex ? regex.matcher(path + ".class").matches() : regex.matcher(path).matches();
    }

    private static String stripExtension(String pattern) {
        for (String extension : new String[] {".java", ".class"}) {
            if (pattern.endsWith(extension)) {
                return pattern.substring(0, pattern.length() - extension.length());
            }
        }
        return pattern;
    }

    private static String antToRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else {
                regex.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
