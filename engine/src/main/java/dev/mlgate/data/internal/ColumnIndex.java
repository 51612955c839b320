package dev.mlgate.data.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a column's index by name in constant time. */
final class ColumnIndex {

    private final List<String> names;
    private final Map<String, Integer> indexes;

    ColumnIndex(List<String> names) {
        this.names = names;
        this.indexes = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            indexes.put(names.get(i), i);
        }
    }

    /** The index of {@code name}, or -1. */
    int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
