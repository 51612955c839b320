package dev.mlgate.baseline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of a comparison's files, interned to int codes shared by both files: each distinct id is kept
 * once, however many rows and files carry it, and rows hold only its code. Not thread-safe; one per read.
 */
final class Ids {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The code of {@code id}, a new one the first time it is seen. */
    int code(String id) {
        Integer code = codes.get(id);
        if (code == null) {
            code = names.size();
            codes.put(id, code);
            names.add(id);
        }
        return code;
    }

    /** The id of a code. */
    String name(int code) {
        return names.get(code);
    }

    /** The number of distinct ids seen. */
    int size() {
        return names.size();
    }
}
