package dev.mlgate.lifecycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} options of a command line, each allowed option named, repeatable ones kept in order. */
public final class Options {

    private final Map<String, List<String>> values = new HashMap<>();

    private Options() {
    }

    /** Parses {@code args}; an option not in {@code allowed} or without a value is an {@link IllegalArgumentException}. */
    public static Options parse(String[] args, Set<String> allowed) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + name + "'; options: --" + String.join(", --",
                        allowed.stream().sorted().toList()));
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            options.values.computeIfAbsent(name.substring(2), key -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    /** The last value of an option, or {@code fallback}. */
    public String get(String name, String fallback) {
        List<String> given = values.get(name);
        return given == null ? fallback : given.get(given.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
