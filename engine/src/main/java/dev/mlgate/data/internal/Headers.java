package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a header: every column named, no name twice. Names are kept exactly as written. */
final class Headers {

    private Headers() {
    }

    static List<String> validate(Path file, long line, String[] names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name == null || name.isBlank()) {
                throw ArtifactException.atLine(file, line, "the header's column " + (i + 1) + " of "
                        + names.length + " has no name");
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                throw new ArtifactException(file, line, null, name, "the header names this column twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + ")", null);
            }
        }
        return List.of(names);
    }
}
