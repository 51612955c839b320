package dev.mlgate.contract.internal;

import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.ValueKind;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;

/**
 * The uniqueness accumulator as it was before issue "Speed" (#19), kept only to be timed against
 * {@link RepeatsAccumulator} in the same run: fastutil maps from {@link ColumnValue#bits()} or the value's
 * object (a {@code String} per text value) to the first row, two map operations per repeat.
 */
final class PreviousRepeats {

    private final RepeatExamples examples;
    private final Long2LongOpenHashMap numbers = new Long2LongOpenHashMap();
    private final Object2LongOpenHashMap<Object> objects = new Object2LongOpenHashMap<>();
    private long checked;
    private long duplicated;
    private long singletons;

    PreviousRepeats(int maxExamples) {
        this.examples = new RepeatExamples(maxExamples);
    }

    void accept(ColumnValue value) {
        if (value.state != State.VALUE || value.kind() == ValueKind.DECIMAL && Double.isNaN(value.number)) {
            return;
        }
        checked++;
        long first = value.isPrimitive() ? numbers.put(value.bits(), value.row) : objects.put(value.key(), value.row);
        if (first == 0) {
            singletons++;
            return;
        }
        if (value.isPrimitive()) {
            numbers.put(value.bits(), -Math.abs(first));
        } else {
            objects.put(value.key(), -Math.abs(first));
        }
        if (first > 0) {
            singletons--;
            duplicated++;
            examples.add(first, value.raw());
        }
        duplicated++;
        examples.add(value.row, value.raw());
    }

    ViolationCount result() {
        long distinct = numbers.size() + objects.size();
        return new ViolationCount(checked, duplicated, examples.inRowOrder(),
                RepeatsAccumulator.details(checked, distinct, singletons));
    }
}
