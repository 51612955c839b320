package dev.mlgate.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files README.md's Quick start shows: each is a fenced code block right after an HTML comment
 * {@code <!-- quickstart: <path> -->} that says where the file goes in a project.
 */
final class ReadmeSnippets {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- quickstart: (\\S+) -->\\R```[\\w-]*\\R(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

    /** One file of the Quick start: its path in the project and its content. */
    record Snippet(String path, String content) {
    }

    private ReadmeSnippets() {
    }

    static List<Snippet> in(String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher matcher = SNIPPET.matcher(markdown);
        while (matcher.find()) {
            snippets.add(new Snippet(matcher.group(1), matcher.group(2)));
        }
        return List.copyOf(snippets);
    }
}
