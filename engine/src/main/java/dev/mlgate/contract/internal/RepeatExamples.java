package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first occurrences of repeated values found, at most {@code max}: a value's first row is known only
 * once it repeats, so examples arrive out of row order and are sorted at the end. A first occurrence is
 * shown as its repeat writes it (equal as a value; its own line is not kept).
 */
final class RepeatExamples {

    private final int max;
    private final List<Example> examples = new ArrayList<>();

    RepeatExamples(int max) {
        this.max = max;
    }

    void add(long row, String value) {
        if (examples.size() < max) {
            examples.add(new Example(row, 0, value));
        }
    }

    /** Whether no further example is kept, so a caller need not make the value's text. */
    boolean isFull() {
        return examples.size() >= max;
    }

    List<Example> inRowOrder() {
        List<Example> sorted = new ArrayList<>(examples);
        sorted.sort(Comparator.comparingLong(Example::row));
        return sorted;
    }
}
