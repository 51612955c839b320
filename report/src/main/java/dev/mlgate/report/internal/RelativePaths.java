package dev.mlgate.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the machine's absolute paths in report text relative to {@code mlgate.basedir}: the engine's
 * messages name files as opened ({@code /home/ci/build/data/x.csv: no such file}), and two checkouts of
 * the same inputs must give the same report. A path under the base directory loses its prefix
 * ({@code data/x.csv}); one beside it goes up ({@code ../shared/x.csv}). Only a path's start is replaced,
 * so {@code /work} is not rewritten inside {@code /home/u/work}.
 */
final class RelativePaths {

    /** A character that may precede a path's start in text: not one that could belong to the path. */
    private static final String PATH_START = "(?<![\\p{Alnum}._~/\\\\-])";

    private final List<Pattern> prefixes = new ArrayList<>();
    private final List<String> replacements = new ArrayList<>();

    RelativePaths(Path basedir) {
        Path directory = basedir.toAbsolutePath().normalize();
        String separator = directory.getFileSystem().getSeparator();
        String up = "";
        while (directory != null && directory.getParent() != null) {
            String text = directory.toString();
            // The directory followed by a separator, or alone at the end of a path (then it is "." or "..").
            prefixes.add(Pattern.compile(PATH_START + Pattern.quote(text + separator)));
            replacements.add(up);
            prefixes.add(Pattern.compile(PATH_START + Pattern.quote(text) + "(?![^\\s'\"),;:\\]])"));
            replacements.add(up.isEmpty() ? "." : up.substring(0, up.length() - 1));
            up += ".." + separator;
            directory = directory.getParent();
        }
    }

    /** The text with every absolute path under the base directory's ancestors made relative; null stays null. */
    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (int i = 0; i < prefixes.size(); i++) {
            result = prefixes.get(i).matcher(result).replaceAll(Matcher.quoteReplacement(replacements.get(i)));
        }
        return result;
    }
}
